package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/**
 * A DOUBLE (or FLOAT, for values parsed as doubles) column over a {@code double[]}, with a null mask; NaN is a
 * value here, not a missing one.
 */
final class DoubleArrayColumn extends MaskedColumn {
    private final double[] values;

    DoubleArrayColumn(String name, ColumnType type, double[] values, BitSet nulls, Map<String, String> attributes) {
        super(name, type, nulls, attributes);
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException("a double column holds FLOAT or DOUBLE, not " + type + ": " + name);
        }
        this.values = values;
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    String text(int row) {
        return type() == ColumnType.FLOAT ? Float.toString((float) values[row]) : Double.toString(values[row]);
    }
}
