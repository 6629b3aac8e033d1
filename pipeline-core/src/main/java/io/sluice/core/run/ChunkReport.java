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
 * @param badRecords the records the source rejected in the chunk (on-error: skip or quarantine)
 */
public record ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                          boolean reused, int index, long rows, ChunkBadRecords badRecords) {

    /** A report of a chunk this run processed, without its index, rows and bad records. */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis) {
        this(key, steps, complete, cells, bytes, millis, false);
    }

    /** A report without the chunk's index, rows and bad records, processed or reused. */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                       boolean reused) {
        this(key, steps, complete, cells, bytes, millis, reused, -1, 0, ChunkBadRecords.NONE);
    }
}
