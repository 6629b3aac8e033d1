package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** A 32-bit integral column (INT or DATE) over an {@code int[]}, with a null mask. */
final class IntArrayColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final int[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    IntArrayColumn(String name, ColumnType type, int[] values, BitSet nulls, Map<String, String> attributes) {
        if (type != ColumnType.INT && type != ColumnType.DATE) {
            throw new IllegalArgumentException("an int column holds INT or DATE, not " + type + ": " + name);
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
    public long longValue(int row) {
        return values[row];
    }

    @Override
    public String stringValue(int row) {
        return nulls.get(row) ? null : ValueText.of(type, values[row]);
    }
}
