package io.sluice.core.data;

import java.util.Map;

/**
 * A column of whole numbers over a {@code long[]}: INT, LONG, BOOLEAN (0/1), DATE (days) or TIMESTAMP
 * (microseconds), with a null mask ({@code null} when no value is missing).
 */
final class LongColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final long[] values;
    private final boolean[] nulls;
    private final Map<String, String> attributes;

    LongColumn(String name, ColumnType type, long[] values, boolean[] nulls, Map<String, String> attributes) {
        if (!type.isIntegral()) {
            throw new IllegalArgumentException("a long column holds whole numbers, not " + type + ": " + name);
        }
        if (nulls != null && nulls.length < values.length) {
            throw new IllegalArgumentException("null mask shorter than the values of " + name);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.nulls = nulls;
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
        return nulls != null && nulls[row];
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
        if (isNull(row)) {
            return null;
        }
        long v = values[row];
        return switch (type) {
            case BOOLEAN -> v != 0 ? "true" : "false";
            case DATE -> ProlepticGregorian.formatDay(v);
            case TIMESTAMP -> ProlepticGregorian.formatMicros(v);
            default -> Long.toString(v);
        };
    }
}
