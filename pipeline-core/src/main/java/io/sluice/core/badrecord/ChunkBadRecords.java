package io.sluice.core.badrecord;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bad records of one chunk: how many, per input file, the first one's message and, when they were
 * quarantined, the chunk's quarantine part in staging with its size and CRC32C (so that a resumed run reuses
 * it only while it is intact). The run manifest keeps it as text facts ({@link #facts()}).
 *
 * <pre>{@code ChunkBadRecords b = collector.result();  b.count();  ChunkBadRecords.fromFacts(b.facts());}</pre>
 *
 * @param count bad records in the chunk
 * @param perFile bad records per input file, by the name messages give the file
 * @param first the first bad record's one-line message, or empty
 * @param part the quarantine part's file name in staging, or empty when none was kept
 * @param size the quarantine part's size in bytes
 * @param crc32c the quarantine part's CRC32C
 */
public record ChunkBadRecords(long count, Map<String, Long> perFile, String first, String part, long size,
                              long crc32c) {
    /** A chunk without bad records. */
    public static final ChunkBadRecords NONE = new ChunkBadRecords(0, Map.of(), "", "", 0, 0);
    private static final String FILE = "file:";

    /** Copies the counts, sorted by file. */
    public ChunkBadRecords {
        perFile = Collections.unmodifiableMap(new TreeMap<>(perFile));
    }

    /** Whether the chunk kept its bad records in a quarantine part. */
    public boolean quarantined() {
        return !part.isEmpty();
    }

    /** As text facts for the run manifest; empty for {@link #NONE}. */
    public Map<String, String> facts() {
        Map<String, String> facts = new TreeMap<>();
        if (count == 0) {
            return facts;
        }
        facts.put("count", Long.toString(count));
        facts.put("first", first);
        facts.put("part", part);
        facts.put("size", Long.toString(size));
        facts.put("crc32c", Long.toHexString(crc32c));
        perFile.forEach((file, n) -> facts.put(FILE + file, Long.toString(n)));
        return facts;
    }

    /** Reads {@link #facts()} back; {@link #NONE} for no facts. */
    public static ChunkBadRecords fromFacts(Map<String, String> facts) {
        if (facts.isEmpty()) {
            return NONE;
        }
        Map<String, Long> perFile = new TreeMap<>();
        facts.forEach((k, v) -> {
            if (k.startsWith(FILE)) {
                perFile.put(k.substring(FILE.length()), Long.parseLong(v));
            }
        });
        return new ChunkBadRecords(Long.parseLong(facts.get("count")), perFile, facts.get("first"),
                facts.get("part"), Long.parseLong(facts.get("size")),
                Long.parseUnsignedLong(facts.get("crc32c"), 16));
    }
}
