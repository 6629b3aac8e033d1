package io.sluice.core.data;

import java.util.Map;

/**
 * One column of a {@link Table}, read by row index without creating a value object per row.
 * Numeric columns report missing values through {@link #isNull(int)}.
 *
 * <pre>{@code
 * Column c = Column.ofValues("tas", ColumnType.FLOAT, values, Map.of("units", "K"));
 * if (!c.isNull(3)) out.print(c.doubleValue(3));
 * }</pre>
 */
public interface Column {

    /** The column name. */
    String name();

    /** The type of its values. */
    ColumnType type();

    /** Attributes carried to sinks that keep metadata, such as {@code units}. */
    default Map<String, String> attributes() {
        return Map.of();
    }

    /** Whether the value in {@code row} is missing. */
    boolean isNull(int row);

    /** The value as a double (FLOAT, DOUBLE and LONG columns). */
    double doubleValue(int row);

    /** The value as a long (LONG columns; exact for constants, up to 2^53 for array-backed columns). */
    default long longValue(int row) {
        return (long) doubleValue(row);
    }

    /** The value as text (any column; used for STRING columns). */
    String stringValue(int row);

    /** A column with the same text in every row. */
    static Column constant(String name, ColumnType type, String value) {
        return new ConstantColumn(name, type, value);
    }

    /**
     * A chunk label as a constant column: whole numbers without leading zeros ({@code 2001}) become LONG,
     * other text ({@code DJF}, {@code 01}) STRING.
     */
    static Column label(String name, String value) {
        return constant(name, LabelText.isWholeNumber(value) ? ColumnType.LONG : ColumnType.STRING, value);
    }

    /** A numeric column over a dense array, NaN meaning missing. */
    static Column ofValues(String name, ColumnType type, double[] values, Map<String, String> attributes) {
        return new ArrayColumn(name, type, values, attributes);
    }

    /**
     * A coordinate column of a flattened grid: row {@code r} holds {@code axis.value((r / repeat) % axis.size())}.
     */
    static Column ofAxis(Axis axis, int repeat) {
        return new AxisColumn(axis, repeat);
    }

    /** A time column of a flattened grid: row {@code r} holds the label of step {@code r / cellsPerStep}. */
    static Column ofTime(TimeAxis time, int cellsPerStep) {
        return new TimeColumn(time, cellsPerStep);
    }

    /**
     * A column of whole values (INT, LONG, BOOLEAN as 1/0, DATE as days since 1970-01-01, TIMESTAMP as
     * microseconds since 1970-01-01T00:00:00Z) over {@code values}; rows where {@code nulls} is true are
     * missing ({@code nulls} may be null: none is).
     */
    static Column ofLongs(String name, ColumnType type, long[] values, boolean[] nulls,
                          Map<String, String> attributes) {
        return new LongColumn(name, type, values, nulls, attributes);
    }

    /** A FLOAT or DOUBLE column over {@code values}; rows where {@code nulls} is true (if not null) are missing. */
    static Column ofDoubles(String name, ColumnType type, double[] values, boolean[] nulls,
                            Map<String, String> attributes) {
        return new DoubleColumn(name, type, values, nulls, attributes);
    }

    /** A STRING column over {@code values}; null elements are missing. */
    static Column ofStrings(String name, String[] values, Map<String, String> attributes) {
        return new TextColumn(name, values, attributes);
    }
}
