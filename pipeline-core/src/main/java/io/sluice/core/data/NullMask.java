package io.sluice.core.data;

/**
 * Missing rows of a primitive column as a bit set over {@code long} words: bit {@code row % 64} of word
 * {@code row / 64} is set when the row is missing. A null mask means no row is missing.
 *
 * <pre>{@code long[] nulls = NullMask.forRows(rows); NullMask.set(nulls, 3); NullMask.isSet(nulls, 3); // true}</pre>
 */
public final class NullMask {
    private NullMask() {
    }

    /** A mask with room for {@code rows} rows, none set. */
    public static long[] forRows(int rows) {
        return new long[(rows + 63) >>> 6];
    }

    /** Marks {@code row} missing. */
    public static void set(long[] mask, int row) {
        mask[row >>> 6] |= 1L << row;
    }

    /** Whether {@code row} is missing; false for every row of a null mask. */
    public static boolean isSet(long[] mask, int row) {
        return mask != null && (mask[row >>> 6] & (1L << row)) != 0;
    }
}
