package io.sluice.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed columns with a row count: the shape sinks write. Grid results are tables by view, not by copy. A grid
 * table also knows its time steps ({@link #time()}) and carries table-level attributes ({@link #attributes()}),
 * such as the time span of a statistic's period ({@link TimeSpan}), for sinks that keep metadata.
 *
 * <pre>{@code
 * Table t = Table.of(rows, List.of(Column.constant("season", ColumnType.STRING, "DJF"), tasColumn));
 * TimeSpan span = TimeSpan.from(t.attributes());   // null when the table has none
 * }</pre>
 */
public final class Table implements Batch {
    private final int rowCount;
    private final List<Column> columns;
    private final TimeAxis time;
    private final Map<String, String> attributes;

    private Table(int rowCount, List<Column> columns, TimeAxis time, Map<String, String> attributes) {
        this.rowCount = rowCount;
        this.columns = List.copyOf(columns);
        this.time = time;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A table of {@code rowCount} rows over the given columns. */
    public static Table of(int rowCount, List<Column> columns) {
        return new Table(rowCount, columns, null, Map.of());
    }

    /** The same table with the time steps its rows hold (a grid with a time column). */
    public Table withTime(TimeAxis steps) {
        return new Table(rowCount, columns, steps, attributes);
    }

    /** The same table with the given table-level attributes (replacing any it had). */
    public Table withAttributes(Map<String, String> newAttributes) {
        return new Table(rowCount, columns, time, newAttributes);
    }

    /** Number of rows. */
    public int rowCount() {
        return rowCount;
    }

    /** The columns in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column called {@code name}; fails when there is none. */
    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' in a table of " + columnNames());
    }

    /** The same rows with a constant column per label in front, typed as {@link Column#label} types them. */
    public Table withLabels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return this;
        }
        List<Column> all = new ArrayList<>(labels.size() + columns.size());
        labels.forEach((name, value) -> all.add(Column.label(name, value)));
        all.addAll(columns);
        return new Table(rowCount, all, time, attributes);
    }

    /**
     * The same rows with a constant column per label in front, typed by {@code types} (labels missing there are
     * typed as {@link Column#label} types them).
     */
    public Table withLabels(Map<String, String> labels, Map<String, ColumnType> types) {
        if (labels.isEmpty()) {
            return this;
        }
        List<Column> all = new ArrayList<>(labels.size() + columns.size());
        labels.forEach((name, value) -> {
            ColumnType type = types.get(name);
            all.add(type == null ? Column.label(name, value) : Column.label(name, value, type));
        });
        all.addAll(columns);
        return new Table(rowCount, all, time, attributes);
    }

    /** The time steps of a grid table with a time column (with their bounds), or null. */
    public TimeAxis time() {
        return time;
    }

    /** Table-level attributes, such as {@link TimeSpan#toAttributes()}; empty by default. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The column names in order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }
}
