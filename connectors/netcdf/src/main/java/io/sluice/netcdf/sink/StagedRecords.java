package io.sluice.netcdf.sink;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * One part in staging: its values in a file of big-endian doubles (record by record, variable by variable,
 * cells in C order) and, in memory, its schema, labels and each record's time stamp and bounds. Written by the
 * part's thread, read by the committing thread once the part is closed.
 */
final class StagedRecords {
    private final int index;
    private final Path file;
    private RecordSchema schema;
    private Map<String, String> labels;
    private double[] times = new double[3 * 16];
    private int records;
    private boolean bounded;
    private boolean climatology;
    private volatile boolean closed;

    StagedRecords(int index, Path file) {
        this.index = index;
        this.file = file;
    }

    int index() {
        return index;
    }

    Path file() {
        return file;
    }

    /** The schema of the part's tables, or null when it received none. */
    RecordSchema schema() {
        return schema;
    }

    /** The label values of the part's first table. */
    Map<String, String> labels() {
        return labels;
    }

    void describe(RecordSchema s, Map<String, String> l, boolean withBounds, boolean pooled) {
        this.schema = s;
        this.labels = Map.copyOf(l);
        this.bounded = withBounds;
        this.climatology = pooled;
    }

    void addRecord(double value, double lower, double upper) {
        if (3 * records + 3 > times.length) {
            times = Arrays.copyOf(times, times.length * 2);
        }
        times[3 * records] = value;
        times[3 * records + 1] = lower;
        times[3 * records + 2] = upper;
        records++;
    }

    int records() {
        return records;
    }

    double time(int record) {
        return times[3 * record];
    }

    double lower(int record) {
        return times[3 * record + 1];
    }

    double upper(int record) {
        return times[3 * record + 2];
    }

    /** Whether the records have bounds (statistics always; split steps when the source has time_bnds). */
    boolean bounded() {
        return bounded;
    }

    /** Whether the records pool several years (climatology bounds). */
    boolean climatology() {
        return climatology;
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
