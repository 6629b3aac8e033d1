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
 * @param badRecords the records the source rejected in the chunk (on-error: skip or quarantine)
 */
public record ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis,
                          ChunkBadRecords badRecords) {

    /** A report of a chunk without bad records. */
    public ChunkReport(String key, int steps, boolean complete, long cells, long bytes, long millis) {
        this(key, steps, complete, cells, bytes, millis, ChunkBadRecords.NONE);
    }
}
