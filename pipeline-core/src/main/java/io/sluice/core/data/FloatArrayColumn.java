package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A FLOAT column over a {@code float[]}, with a null mask; NaN is a value here, not a missing one. */
final class FloatArrayColumn implements Column {
    private final String name;
    private final float[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    FloatArrayColumn(String name, float[] values, BitSet nulls, Map<String, String> attributes) {
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
        return ColumnType.FLOAT;
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
        return nulls.get(row) ? null : Float.toString(values[row]);
    }
}
