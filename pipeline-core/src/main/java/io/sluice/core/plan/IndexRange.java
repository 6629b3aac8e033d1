package io.sluice.core.plan;

/**
 * Indices {@code [start, end)} along one dimension of a grid.
 *
 * <pre>{@code IndexRange.of("time", 0, 59).describe()  // "time 0..58"}</pre>
 *
 * @param dimension dimension name
 * @param start first index, inclusive
 * @param end last index, exclusive
 */
public record IndexRange(String dimension, int start, int end) implements Slice {

    /** Validates the range. */
    public IndexRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** A range along {@code dimension}. */
    public static IndexRange of(String dimension, int start, int end) {
        return new IndexRange(dimension, start, end);
    }

    /** Number of indices. */
    public int length() {
        return end - start;
    }

    @Override
    public String describe() {
        return dimension + " " + start + ".." + (end - 1);
    }
}
