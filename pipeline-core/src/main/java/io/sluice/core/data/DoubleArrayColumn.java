package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/**
 * A DOUBLE (or FLOAT, for values parsed as doubles) column over a {@code double[]}, with a null mask; NaN is a
 * value here, not a missing one.
 */
final class DoubleArrayColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    DoubleArrayColumn(String name, ColumnType type, double[] values, BitSet nulls, Map<String, String> attributes) {
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException("a double column holds FLOAT or DOUBLE, not " + type + ": " + name);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.nulls = nulls == null ? new BitSet() : nulls;
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
        return nulls.get(row);
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    public String stringValue(int row) {
        if (nulls.get(row)) {
            return null;
        }
        return type == ColumnType.FLOAT ? Float.toString((float) values[row]) : Double.toString(values[row]);
    }
}
