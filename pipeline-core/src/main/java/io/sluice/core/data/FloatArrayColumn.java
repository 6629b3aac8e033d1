package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A FLOAT column over a {@code float[]}, with a null mask; NaN is a value here, not a missing one. */
final class FloatArrayColumn extends MaskedColumn {
    private final float[] values;

    FloatArrayColumn(String name, float[] values, BitSet nulls, Map<String, String> attributes) {
        super(name, ColumnType.FLOAT, nulls, attributes);
        this.values = values;
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    String text(int row) {
        return Float.toString(values[row]);
    }
}
