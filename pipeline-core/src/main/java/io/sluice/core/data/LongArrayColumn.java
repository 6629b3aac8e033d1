package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/** An integral column (INT, LONG, BOOLEAN as 0/1, DATE, TIMESTAMP) over a {@code long[]}, with a null mask. */
final class LongArrayColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final long[] values;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    LongArrayColumn(String name, ColumnType type, long[] values, BitSet nulls, Map<String, String> attributes) {
        if (!type.isIntegral()) {
            throw new IllegalArgumentException("a long column holds whole numbers, not " + type + ": " + name);
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
