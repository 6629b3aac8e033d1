package io.sluice.core.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A column of whole values over a {@code long[]}: INT, LONG, BOOLEAN (1/0), DATE (days since 1970-01-01) or
 * TIMESTAMP (microseconds since 1970-01-01T00:00:00Z); missing rows are true in a {@code boolean[]} (none
 * when it is null).
 */
final class LongColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final long[] values;
    private final boolean[] nulls;
    private final Map<String, String> attributes;

    LongColumn(String name, ColumnType type, long[] values, boolean[] nulls, Map<String, String> attributes) {
        if (!type.isIntegral()) {
            throw new IllegalArgumentException("a long array column holds whole values, not " + type + ": " + name);
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
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public ColumnType type() {
        return type;
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
            case DATE -> LocalDate.ofEpochDay(v).toString();
            case TIMESTAMP -> Instant.EPOCH.plus(v, ChronoUnit.MICROS).toString();
            default -> Long.toString(v);
        };
    }
}
