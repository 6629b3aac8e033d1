package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A 32-bit integral column (INT or DATE) over an {@code int[]}, with a null mask. */
final class IntArrayColumn extends MaskedColumn {
    private final int[] values;

    IntArrayColumn(String name, ColumnType type, int[] values, BitSet nulls, Map<String, String> attributes) {
        super(name, type, nulls, attributes);
        if (type != ColumnType.INT && type != ColumnType.DATE) {
            throw new IllegalArgumentException("an int column holds INT or DATE, not " + type + ": " + name);
        }
        this.values = values;
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    public long longValue(int row) {
        return values[row];
    }

    @Override
    String text(int row) {
        return ValueText.of(type(), values[row]);
    }
}
