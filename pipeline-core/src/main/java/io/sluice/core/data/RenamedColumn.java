package io.sluice.core.data;

import java.util.Map;

/** Another column's values under a new name. */
final class RenamedColumn implements Column {
    private final Column column;
    private final String name;

    RenamedColumn(Column column, String name) {
        this.column = column instanceof RenamedColumn r ? r.column : column;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return column.type();
    }

    @Override
    public Map<String, String> attributes() {
        return column.attributes();
    }

    @Override
    public boolean isNull(int row) {
        return column.isNull(row);
    }

    @Override
    public double doubleValue(int row) {
        return column.doubleValue(row);
    }

    @Override
    public void copyDoubles(int from, int n, double[] out, int at) {
        column.copyDoubles(from, n, out, at);
    }

    @Override
    public long longValue(int row) {
        return column.longValue(row);
    }

    @Override
    public String stringValue(int row) {
        return column.stringValue(row);
    }
}
