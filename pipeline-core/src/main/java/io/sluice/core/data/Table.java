package io.sluice.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed columns with a row count: the shape sinks write. Grid results are tables by view, not by copy.
 *
 * <pre>{@code
 * Table t = Table.of(rows, List.of(Column.constant("season", ColumnType.STRING, "DJF"), tasColumn));
 * }</pre>
 */
public final class Table implements Batch {
    private final int rowCount;
    private final List<Column> columns;

    private Table(int rowCount, List<Column> columns) {
        this.rowCount = rowCount;
        this.columns = List.copyOf(columns);
    }

    /** A table of {@code rowCount} rows over the given columns. */
    public static Table of(int rowCount, List<Column> columns) {
        return new Table(rowCount, columns);
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
        return new Table(rowCount, all);
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
