package io.sluice.converters.expression;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/** Reads a column into a primitive array: INT and LONG as LONG, FLOAT and DOUBLE as DOUBLE. */
final class ColumnNode implements Node {
    private final String name;
    private final ColumnType type;

    ColumnNode(String name, ColumnType columnType) {
        this.name = name;
        this.type = switch (columnType) {
            case INT, LONG -> ColumnType.LONG;
            case FLOAT, DOUBLE -> ColumnType.DOUBLE;
            default -> columnType;
        };
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Values evaluate(Table table) {
        Column c = column(table, name);
        int n = table.rowCount();
        switch (type) {
            case DOUBLE: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = c.isNull(i) ? Double.NaN : c.doubleValue(i);
                }
                return Values.ofDoubles(out);
            }
            case STRING: {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = c.isNull(i) ? null : c.stringValue(i);
                }
                return Values.ofStrings(out);
            }
            default: {
                long[] out = new long[n];
                boolean[] nulls = null;
                for (int i = 0; i < n; i++) {
                    if (c.isNull(i)) {
                        if (nulls == null) {
                            nulls = new boolean[n];
                        }
                        nulls[i] = true;
                    } else {
                        out[i] = c.longValue(i);
                    }
                }
                return Values.ofLongs(type, out, nulls);
            }
        }
    }

    /** The column of {@code table} called {@code name}. */
    static Column column(Table table, String name) {
        for (Column c : table.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("the table has no column '" + name + "'; it has " + table.columnNames());
    }
}
