package io.sluice.netcdf.sink;

import java.util.Arrays;

/**
 * The sorted distinct values of one coordinate, kept in primitive arrays: values are gathered in a small
 * buffer and merged into the sorted set when it fills, so memory is the number of distinct values plus the
 * buffer, whatever the number of rows. A value equal to the last one added (rows of one step, one latitude)
 * costs a comparison.
 *
 * <pre>{@code
 * DistinctValues lat = new DistinctValues();
 * lat.add(10); lat.add(-10); lat.add(10);
 * lat.values();   // [-10.0, 10.0]
 * }</pre>
 */
final class DistinctValues {
    private static final int BUFFER = 4096;

    private double[] sorted = new double[0];
    private final double[] pending = new double[BUFFER];
    private int pendingCount;
    private double last = Double.NaN;

    /** Adds a value (not NaN). */
    void add(double value) {
        if (value == last) {
            return;
        }
        last = value;
        pending[pendingCount++] = value;
        if (pendingCount == BUFFER) {
            flush();
        }
    }

    /** Adds every value of {@code other}. */
    void addAll(DistinctValues other) {
        for (double v : other.values()) {
            add(v);
        }
    }

    /** The distinct values, ascending. */
    double[] values() {
        flush();
        return sorted.clone();
    }

    private void flush() {
        if (pendingCount == 0) {
            return;
        }
        double[] merged = Arrays.copyOf(sorted, sorted.length + pendingCount);
        System.arraycopy(pending, 0, merged, sorted.length, pendingCount);
        Arrays.sort(merged);
        int n = 0;
        for (int i = 0; i < merged.length; i++) {
            if (n == 0 || merged[i] != merged[n - 1]) {
                merged[n++] = merged[i];
            }
        }
        sorted = Arrays.copyOf(merged, n);
        pendingCount = 0;
    }
}
