package io.sluice.netcdf.sink;

import java.nio.file.Path;

/**
 * One part of a tidy table in staging: its rows in a file of big-endian doubles (per row the coordinates, then
 * the variables, NaN for a missing value) and, in memory, its schema, row count, the distinct values of each
 * coordinate and the range of the first. Written by the part's thread, read by the committing thread once the
 * part is closed.
 */
final class StagedRows {
    private final int index;
    private final Path file;
    private GridSchema schema;
    private DistinctValues[] coordinates;
    private long rows;
    private double firstLow = Double.POSITIVE_INFINITY;
    private double firstHigh = Double.NEGATIVE_INFINITY;
    private volatile boolean closed;

    StagedRows(int index, Path file) {
        this.index = index;
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The schema of the part's tables, or null when it received none. */
    GridSchema schema() {
        return schema;
    }

    void describe(GridSchema s) {
        schema = s;
        coordinates = new DistinctValues[s.dimensions().size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new DistinctValues();
        }
    }

    /** Notes one staged row's coordinates. */
    void addRow(double[] row) {
        for (int d = 0; d < coordinates.length; d++) {
            coordinates[d].add(row[d]);
        }
        firstLow = Math.min(firstLow, row[0]);
        firstHigh = Math.max(firstHigh, row[0]);
        rows++;
    }

    DistinctValues coordinates(int dimension) {
        return coordinates[dimension];
    }

    long rows() {
        return rows;
    }

    /** Whether some row's first coordinate lies in [low, high]. */
    boolean reaches(double low, double high) {
        return rows > 0 && firstHigh >= low && firstLow <= high;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "part " + index;
    }
}
