package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.Arrays;

/** A constant: a whole number, a double, a text, a boolean, or a date or time stamp given as ISO text. */
final class LiteralNode implements Node {
    private final ColumnType type;
    private final long whole;
    private final double number;
    private final String text;

    private LiteralNode(ColumnType type, long whole, double number, String text) {
        this.type = type;
        this.whole = whole;
        this.number = number;
        this.text = text;
    }

    static LiteralNode of(Object value) {
        if (value instanceof Long l) {
            return new LiteralNode(ColumnType.LONG, l, l, null);
        }
        if (value instanceof Double d) {
            return new LiteralNode(ColumnType.DOUBLE, 0, d, null);
        }
        if (value instanceof Boolean b) {
            return new LiteralNode(ColumnType.BOOLEAN, b ? 1 : 0, b ? 1 : 0, null);
        }
        return new LiteralNode(ColumnType.STRING, 0, Double.NaN, (String) value);
    }

    /** A DATE (days) or TIMESTAMP (microseconds) constant. */
    static LiteralNode temporal(ColumnType type, long value) {
        return new LiteralNode(type, value, value, null);
    }

    long whole() {
        return whole;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Values evaluate(Table table) {
        int n = table.rowCount();
        switch (type) {
            case DOUBLE: {
                double[] out = new double[n];
                Arrays.fill(out, number);
                return Values.ofDoubles(out);
            }
            case STRING: {
                String[] out = new String[n];
                Arrays.fill(out, text);
                return Values.ofStrings(out);
            }
            default: {
                long[] out = new long[n];
                Arrays.fill(out, whole);
                return Values.ofLongs(type, out, null);
            }
        }
    }
}
