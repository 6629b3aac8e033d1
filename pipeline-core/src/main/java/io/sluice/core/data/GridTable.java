package io.sluice.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Views a grid as a tidy table, as xarray's {@code to_dataframe} does: label columns, then an optional time
 * column, one column per spatial axis, then one column per variable, one row per cell in C order.
 *
 * <pre>{@code
 * Table t = GridTable.builder(space).label("season", "DJF").variable("tas", ColumnType.FLOAT, mean, attrs).build();
 * }</pre>
 */
public final class GridTable {
    private final List<Column> leading = new ArrayList<>();
    private final List<Column> trailing = new ArrayList<>();
    private final List<Axis> space;
    private TimeAxis time;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final int cellsPerStep;

    private GridTable(List<Axis> space) {
        this.space = List.copyOf(space);
        int cells = 1;
        for (Axis a : space) {
            cells = Math.multiplyExact(cells, a.size());
        }
        this.cellsPerStep = cells;
    }

    /** Starts a table over the given spatial axes (slowest first). */
    public static GridTable builder(List<Axis> space) {
        return new GridTable(space);
    }

    /**
     * Starts the table of a block's time steps: its time column and the values of {@code variables}, which keep
     * their {@link VariableInfo#descriptiveAttributes()}.
     */
    public static GridTable ofSteps(GridBatch batch, List<VariableInfo> variables) {
        GridTable table = builder(batch.space()).time(batch.time());
        for (VariableInfo v : variables) {
            table.variable(v.name(), v.valueType(), batch.values(v.name()), v.descriptiveAttributes());
        }
        return table;
    }

    /** Adds a constant label column; whole numbers without leading zeros become LONG columns, other text STRING. */
    public GridTable label(String name, String value) {
        leading.add(Column.label(name, value));
        return this;
    }

    /** Adds a constant label column of the given type (see {@link Column#labelType}); null types it by its value. */
    public GridTable label(String name, String value, ColumnType type) {
        leading.add(type == null ? Column.label(name, value) : Column.label(name, value, type));
        return this;
    }

    /** Adds a time column: the grid then has {@code time.size()} steps. */
    public GridTable time(TimeAxis axis) {
        this.time = axis;
        return this;
    }

    /** Adds a variable column over dense values in C order (NaN = missing). */
    public GridTable variable(String name, ColumnType type, double[] values, Map<String, String> attributes) {
        trailing.add(Column.ofValues(name, type, values, attributes));
        return this;
    }

    /** Adds a column with the same value in every row, after the variables (such as a step count). */
    public GridTable constant(String name, ColumnType type, String value) {
        trailing.add(Column.constant(name, type, value));
        return this;
    }

    /** Adds table-level attributes, such as a statistic's {@link TimeSpan#toAttributes()}. */
    public GridTable attributes(Map<String, String> more) {
        attributes.putAll(more);
        return this;
    }

    /** The table view. */
    public Table build() {
        int steps = time == null ? 1 : time.size();
        List<Column> columns = new ArrayList<>(leading);
        if (time != null) {
            columns.add(Column.ofTime(time, cellsPerStep));
        }
        int repeat = cellsPerStep;
        for (Axis a : space) {
            repeat = a.size() == 0 ? 1 : repeat / a.size();
            columns.add(Column.ofAxis(a, repeat));
        }
        columns.addAll(trailing);
        Table table = Table.of(Math.multiplyExact(steps, cellsPerStep), columns).withAttributes(attributes);
        return time == null ? table : table.withTime(time);
    }
}
