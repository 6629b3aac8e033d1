package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** An integral column (INT, LONG, BOOLEAN as 0/1, DATE, TIMESTAMP) over a {@code long[]}, with a null mask. */
final class LongArrayColumn extends MaskedColumn {
    private final long[] values;

    LongArrayColumn(String name, ColumnType type, long[] values, BitSet nulls, Map<String, String> attributes) {
        super(name, type, nulls, attributes);
        if (!type.isIntegral()) {
            throw new IllegalArgumentException("a long column holds whole numbers, not " + type + ": " + name);
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
