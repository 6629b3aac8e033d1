package io.sluice.core.data;

import java.util.Map;

/** A view of some rows of another column, in the order of a row index array (what a filter keeps). */
final class PickedRows implements Column {
    private final Column column;
    private final int[] rows;

    PickedRows(Column column, int[] rows) {
        this.column = column;
        this.rows = rows;
    }

    @Override
    public String name() {
        return column.name();
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
        return column.isNull(rows[row]);
    }

    @Override
    public double doubleValue(int row) {
        return column.doubleValue(rows[row]);
    }

    @Override
    public long longValue(int row) {
        return column.longValue(rows[row]);
    }

    @Override
    public String stringValue(int row) {
        return column.stringValue(rows[row]);
    }
}
