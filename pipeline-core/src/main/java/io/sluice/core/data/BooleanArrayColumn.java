package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A BOOLEAN column over a {@code boolean[]}, with a null mask; reads as 1/0 and {@code true}/{@code false}. */
final class BooleanArrayColumn implements Column {
    private final String name;
    private final boolean[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    BooleanArrayColumn(String name, boolean[] values, BitSet nulls, Map<String, String> attributes) {
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
        return ColumnType.BOOLEAN;
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
        return values[row] ? 1 : 0;
    }

    @Override
    public long longValue(int row) {
        return values[row] ? 1 : 0;
    }

    @Override
    public String stringValue(int row) {
        return nulls.get(row) ? null : values[row] ? "true" : "false";
    }
}
