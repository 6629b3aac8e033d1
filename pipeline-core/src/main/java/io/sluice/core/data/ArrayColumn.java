package io.sluice.core.data;

import java.util.Map;

/** A numeric column over a dense array; NaN is missing. */
final class ArrayColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final Map<String, String> attributes;

    ArrayColumn(String name, ColumnType type, double[] values, Map<String, String> attributes) {
        if (!type.isFloatingPoint() && type != ColumnType.INT && type != ColumnType.LONG) {
            throw new IllegalArgumentException("an array column is numeric, not " + type + ": " + name);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public boolean isNull(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    public void copyDoubles(int from, int n, double[] out, int at) {
        System.arraycopy(values, from, out, at, n);
    }

    @Override
    public String stringValue(int row) {
        return String.valueOf(values[row]);
    }
}
