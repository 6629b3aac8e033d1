package io.sluice.core.run;

import io.sluice.core.badrecord.ChunkBadRecords;

/**
 * What happened to one chunk.
 *
 * <pre>{@code report.chunks().get(0).steps()}</pre>
 *
 * @param key the chunk key, such as {@code DJF-2001}
 * @param steps time steps read
 * @param complete whether the chunk covered its whole period
 * @param cells values read (steps x cells x variables)
 * @param bytes bytes of values read, as stored
 * @param millis time spent on the chunk
 * @param reused whether the chunk's part was taken over from an interrupted run instead of being made again
 * @param index the chunk's index in the plan, or -1 when not known
 * @param rows rows the chunk wrote to its part (0 when its statistics are grouped and written at the end)
 * @param plannedBytes the chunk's share of the plan's estimated bytes ({@link RunStart#estimatedBytes()}), in
 *                     the plan's own unit: the values as stored for a grid (equal to {@code bytes}), the bytes
 *                     of the file's part for CSV, the uncompressed size of the selected columns of its row group
 *                     for Parquet; progress is counted in it
 * @param badRecords the records the source rejected in the chunk (on-error: skip or quarantine)
 */
public record ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                          boolean reused, int index, long rows, long plannedBytes, ChunkBadRecords badRecords) {

    /**
     * A report of a chunk this run processed, without its index, rows and bad records, whose planned bytes are
     * those read.
     */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis) {
        this(key, steps, complete, cells, bytes, millis, false);
    }

    /** A report without the chunk's index, rows and bad records, whose planned bytes are the bytes it read. */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                       boolean reused) {
        this(key, steps, complete, cells, bytes, millis, reused, -1, 0, bytes, ChunkBadRecords.NONE);
    }

    /** A report without bad records whose planned bytes are the bytes it read. */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                       boolean reused, int index, long rows) {
        this(key, steps, complete, cells, bytes, millis, reused, index, rows, bytes, ChunkBadRecords.NONE);
    }
}
