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

    /** The coordinate axis of a grid's axis column ({@link #ofAxis}); null for other columns. */
    default Axis axis() {
        return null;
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

    /** The same values under another name. */
    default Column withName(String newName) {
        return newName.equals(name()) ? this : new RenamedColumn(this, newName);
    }

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
     * A column of whole numbers (INT, LONG, BOOLEAN as 0/1, DATE as days, TIMESTAMP as microseconds) over
     * {@code values}; {@code nulls} marks missing rows, or is null when none is missing. Arrays are not copied.
     */
    static Column ofLongs(String name, ColumnType type, long[] values, boolean[] nulls,
                          Map<String, String> attributes) {
        return new LongColumn(name, type, values, nulls, attributes);
    }

    /** A STRING column over {@code values} (not copied); null elements are missing values. */
    static Column ofStrings(String name, String[] values, Map<String, String> attributes) {
        return new TextColumn(name, values, attributes);
    }

    /** A view holding rows {@code rows[0]}, {@code rows[1]}, ... of {@code column} (the array is not copied). */
    static Column pickRows(Column column, int[] rows) {
        return new PickedRows(column, rows);
    }
}
