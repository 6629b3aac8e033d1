package io.sluice.core.data;

import java.util.BitSet;
import java.util.Collection;
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

    /**
     * Copies the values of rows {@code [from, from + n)} as doubles into {@code out} from {@code at} on, as
     * {@link #doubleValue} gives them; columns over a {@code double[]} copy in bulk instead of value by value.
     */
    default void copyDoubles(int from, int n, double[] out, int at) {
        for (int i = 0; i < n; i++) {
            out[at + i] = doubleValue(from + i);
        }
    }

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

    /**
     * The type of a label's column from all the values it takes in a plan, so that every chunk types it alike:
     * LONG when each is a whole number without leading zeros ({@code 1981}, {@code 1982}), else STRING
     * ({@code DJF}; months {@code 01}..{@code 12}).
     */
    static ColumnType labelType(Collection<String> values) {
        if (values.isEmpty()) {
            return ColumnType.STRING;
        }
        for (String v : values) {
            if (!LabelText.isWholeNumber(v)) {
                return ColumnType.STRING;
            }
        }
        return ColumnType.LONG;
    }

    /** A chunk label as a constant column of the given type (see {@link #labelType}). */
    static Column label(String name, String value, ColumnType type) {
        return constant(name, type, value == null || value.isEmpty() && type != ColumnType.STRING ? null : value);
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

    /** The rows flagged true in {@code flags} as a null mask for the array columns; null when {@code flags} is. */
    static BitSet nullBits(boolean[] flags) {
        if (flags == null) {
            return null;
        }
        BitSet bits = new BitSet(flags.length);
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                bits.set(i);
            }
        }
        return bits;
    }

    /** A view holding rows {@code rows[0]}, {@code rows[1]}, ... of {@code column} (the array is not copied). */
    static Column pickRows(Column column, int[] rows) {
        return new PickedRows(column, rows);
    }

    /**
     * An INT, LONG, BOOLEAN (0/1), DATE (days since 1970-01-01) or TIMESTAMP (microseconds since
     * 1970-01-01T00:00Z) column over a dense array (shared, not copied); rows whose bit is set in {@code nulls}
     * (which may be null) are missing.
     */
    static Column ofLongs(String name, ColumnType type, long[] values, BitSet nulls, Map<String, String> attributes) {
        return new LongArrayColumn(name, type, values, nulls, attributes);
    }

    /** An INT or DATE column over a dense {@code int[]} (shared); set bits of {@code nulls} mark missing rows. */
    static Column ofInts(String name, ColumnType type, int[] values, BitSet nulls, Map<String, String> attributes) {
        return new IntArrayColumn(name, type, values, nulls, attributes);
    }

    /** A FLOAT column over a dense array (shared); set bits of {@code nulls} mark missing rows, NaN is a value. */
    static Column ofFloats(String name, float[] values, BitSet nulls, Map<String, String> attributes) {
        return new FloatArrayColumn(name, values, nulls, attributes);
    }

    /** A DOUBLE column over a dense array (shared); set bits of {@code nulls} mark missing rows, NaN is a value. */
    static Column ofDoubles(String name, double[] values, BitSet nulls, Map<String, String> attributes) {
        return new DoubleArrayColumn(name, ColumnType.DOUBLE, values, nulls, attributes);
    }

    /**
     * A FLOAT or DOUBLE column over a dense {@code double[]} (shared), such as parsed text of either type; set bits
     * of {@code nulls} mark missing rows, NaN is a value.
     */
    static Column ofDoubles(String name, ColumnType type, double[] values, BitSet nulls,
                            Map<String, String> attributes) {
        return new DoubleArrayColumn(name, type, values, nulls, attributes);
    }

    /** A BOOLEAN column over a dense array (shared); set bits of {@code nulls} mark missing rows. */
    static Column ofBooleans(String name, boolean[] values, BitSet nulls, Map<String, String> attributes) {
        return new BooleanArrayColumn(name, values, nulls, attributes);
    }

    /** A STRING column over an array (shared); null elements are missing values. */
    static Column ofStrings(String name, String[] values, Map<String, String> attributes) {
        return new StringArrayColumn(name, values, attributes);
    }
}
