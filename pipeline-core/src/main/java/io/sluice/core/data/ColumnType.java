package io.sluice.core.data;

/**
 * The type of a table column's values, which decides how sinks store and print them and which accessor of
 * {@link Column} reads them.
 *
 * <pre>{@code if (column.type() == ColumnType.TIMESTAMP) Instant.EPOCH.plus(column.longValue(row), ChronoUnit.MICROS);}</pre>
 */
public enum ColumnType {
    /** Text, read with {@link Column#stringValue(int)}. */
    STRING,
    /** true/false, read with {@link Column#longValue(int)} as 1/0; printed {@code true}/{@code false}. */
    BOOLEAN,
    /** 32-bit integers, read with {@link Column#longValue(int)}. */
    INT,
    /** 64-bit integers, read with {@link Column#longValue(int)}. */
    LONG,
    /** 32-bit floating point: printed with the shortest text that reads back to the same float. */
    FLOAT,
    /** 64-bit floating point: printed with the shortest text that reads back to the same double. */
    DOUBLE,
    /** A calendar date (proleptic Gregorian), read with {@link Column#longValue(int)} as days since 1970-01-01. */
    DATE,
    /**
     * An instant on the UTC time line (proleptic Gregorian), read with {@link Column#longValue(int)} as
     * microseconds since 1970-01-01T00:00:00Z; printed in ISO-8601 by {@link Column#stringValue(int)}.
     */
    TIMESTAMP;

    /** Whether values are read with {@link Column#longValue(int)}. */
    public boolean isIntegral() {
        return this == BOOLEAN || this == INT || this == LONG || this == DATE || this == TIMESTAMP;
    }

    /** Whether values are floating point, read with {@link Column#doubleValue(int)}. */
    public boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }
}
