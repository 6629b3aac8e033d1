package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A DOUBLE column over a {@code double[]}, with a null mask; NaN is a value here, not a missing one. */
final class DoubleArrayColumn implements Column {
    private final String name;
    private final double[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    DoubleArrayColumn(String name, double[] values, BitSet nulls, Map<String, String> attributes) {
        this.name = name;
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
        return ColumnType.DOUBLE;
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
        return nulls.get(row) ? null : Double.toString(values[row]);
    }
}
