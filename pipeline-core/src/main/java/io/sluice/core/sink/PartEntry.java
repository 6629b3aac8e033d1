package io.sluice.core.sink;

import java.util.Map;

/**
 * One completed chunk as the run manifest records it: the chunk and what reading it gave (for the report of a
 * resumed run), and its part file with the size and CRC32C that a resume checks before reusing it.
 *
 * <pre>{@code manifest.record(new PartEntry(3, "DJF-2001", true, 90, 9000, 36000, 100, "part-000003.csv",
 *         5120, crc, Map.of("columns", "lat,lon,tas")));}</pre>
 *
 * @param index the chunk's (and part's) index
 * @param key the chunk's key
 * @param complete whether the chunk covered its whole period
 * @param steps time steps (or rows) read
 * @param cells values read
 * @param bytes bytes of values read
 * @param rows rows written to the part
 * @param file the part's file name in staging
 * @param size the part file's size in bytes
 * @param crc32c the part file's CRC32C
 * @param facts what the sink recorded about the part
 * @param badRecords the chunk's bad records as text facts (see {@code ChunkBadRecords}), empty when none
 */
public record PartEntry(int index, String key, boolean complete, long steps, long cells, long bytes, long rows,
                        String file, long size, long crc32c, Map<String, String> facts,
                        Map<String, String> badRecords) {

    /** Copies the facts. */
    public PartEntry {
        facts = Map.copyOf(facts);
        badRecords = Map.copyOf(badRecords);
    }

    /** An entry of a chunk without bad records. */
    public PartEntry(int index, String key, boolean complete, long steps, long cells, long bytes, long rows,
                     String file, long size, long crc32c, Map<String, String> facts) {
        this(index, key, complete, steps, cells, bytes, rows, file, size, crc32c, facts, Map.of());
    }
}
