package io.sluice.core.badrecord;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's bad records: what the source did with them, how many of how many records read, per input file, the
 * first one's message and the quarantine file they were kept in.
 *
 * <pre>{@code
 * BadRecordSummary s = BadRecordSummary.of(OnError.SKIP, chunks, 1000, null);
 * s.line();   // "bad records: 3 skipped of 1,000 read (obs.csv: 3)"
 * }</pre>
 *
 * @param onError what the source did with bad records
 * @param count bad records over all chunks
 * @param read records read, bad ones included
 * @param perFile bad records per input file
 * @param first the first bad record's message (in input order), or empty
 * @param quarantine where the quarantined records were published, or null
 */
public record BadRecordSummary(OnError onError, long count, long read, Map<String, Long> perFile, String first,
                               String quarantine) {
    /** A run whose source fails on its first bad record. */
    public static final BadRecordSummary NONE = new BadRecordSummary(OnError.FAIL, 0, 0, Map.of(), "", null);

    /** Copies the counts, sorted by file. */
    public BadRecordSummary {
        perFile = Collections.unmodifiableMap(new TreeMap<>(perFile));
    }

    /** The summary of {@code chunks} in plan order, {@code goodRecords} records having been read without fault. */
    public static BadRecordSummary of(OnError onError, List<ChunkBadRecords> chunks, long goodRecords,
                                      String quarantine) {
        long count = 0;
        String first = "";
        Map<String, Long> perFile = new TreeMap<>();
        for (ChunkBadRecords c : chunks) {
            if (c.count() > 0 && first.isEmpty()) {
                first = c.first();
            }
            count += c.count();
            c.perFile().forEach((file, n) -> perFile.merge(file, n, Long::sum));
        }
        return new BadRecordSummary(onError, count, goodRecords + count, perFile, first, quarantine);
    }

    /** The same summary, its records published in {@code file}. */
    public BadRecordSummary withQuarantine(String file) {
        return new BadRecordSummary(onError, count, read, perFile, first, file);
    }

    /**
     * The one-line failure when {@code threshold} is exceeded, naming the source {@code origin}; empty otherwise.
     */
    public String exceeding(ErrorThreshold threshold, String origin) {
        if (threshold == null || !threshold.exceededBy(count, read)) {
            return "";
        }
        return String.format("%s: %,d bad records of %,d read exceed max-errors: %s (on-error: %s); the first: %s",
                origin, count, read, threshold, onError.text(), first);
    }

    /** The report's line, or empty when the source fails on bad records. */
    public String line() {
        if (onError == OnError.FAIL) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.format("bad records: %,d %s of %,d read", count,
                onError == OnError.SKIP ? "skipped" : "quarantined", read));
        if (!perFile.isEmpty()) {
            b.append(" (");
            perFile.forEach((file, n) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ")
                    .append(file).append(": ").append(String.format("%,d", n)));
            b.append(')');
        }
        if (quarantine != null) {
            b.append(", kept in ").append(quarantine);
        }
        return b.toString();
    }
}
