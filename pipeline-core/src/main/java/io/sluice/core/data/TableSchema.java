package io.sluice.core.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a table, in order, with unique names: what flows between table stages when a pipeline is
 * planned, so that a wrong column name or type is found before any data is read.
 *
 * <pre>{@code
 * TableSchema s = TableSchema.of(List.of(ColumnInfo.of("station", ColumnType.STRING, Map.of())));
 * s.find("station").map(ColumnInfo::type)     // Optional[STRING]
 * }</pre>
 */
public final class TableSchema implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ColumnInfo> columns;
    private final Map<String, Integer> index = new HashMap<>();

    private TableSchema(List<ColumnInfo> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.put(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("column '" + this.columns.get(i).name() + "' appears twice");
            }
        }
    }

    /** A schema; names must be unique. */
    public static TableSchema of(List<ColumnInfo> columns) {
        return new TableSchema(columns);
    }

    /** The schema of an existing table. */
    public static TableSchema of(Table table) {
        List<ColumnInfo> infos = new ArrayList<>();
        for (Column c : table.columns()) {
            infos.add(ColumnInfo.of(c));
        }
        return new TableSchema(infos);
    }

    /** The columns in order. */
    public List<ColumnInfo> columns() {
        return columns;
    }

    /** The column names in order. */
    public List<String> names() {
        return columns.stream().map(ColumnInfo::name).toList();
    }

    /** The column called {@code name}. */
    public Optional<ColumnInfo> find(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** The position of column {@code name}, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSchema s && columns.equals(s.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.stream().map(c -> c.name() + " " + c.type()).toList().toString();
    }
}
