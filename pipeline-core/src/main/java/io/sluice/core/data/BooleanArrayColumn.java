package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A BOOLEAN column over a {@code boolean[]}, with a null mask; reads as 1/0 and {@code true}/{@code false}. */
final class BooleanArrayColumn extends MaskedColumn {
    private final boolean[] values;

    BooleanArrayColumn(String name, boolean[] values, BitSet nulls, Map<String, String> attributes) {
        super(name, ColumnType.BOOLEAN, nulls, attributes);
        this.values = values;
    }

    @Override
    public double doubleValue(int row) {
        return values[row] ? 1 : 0;
    }

    @Override
    public long longValue(int row) {
        return values[row] ? 1 : 0;
    }

    @Override
    String text(int row) {
        return values[row] ? "true" : "false";
    }
}
