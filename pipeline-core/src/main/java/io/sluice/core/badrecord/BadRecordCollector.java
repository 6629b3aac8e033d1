package io.sluice.core.badrecord;

import io.sluice.core.sink.FileChecksum;
import io.sluice.core.sink.OutputFiles;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes one chunk's bad records from its reader: counts them per file, remembers the first one's message and,
 * when they are quarantined, writes each as a row of the quarantine file into the chunk's part in staging
 * (rewritten when the chunk is retried; removed when the chunk had none).
 *
 * <pre>{@code
 * try (BadRecordCollector c = BadRecordCollector.quarantining(staging.folder().resolve(name), files)) {
 *     read(chunk, c);
 * }
 * ChunkBadRecords result = c.result();
 * }</pre>
 */
public final class BadRecordCollector implements BadRecordLog, Closeable {
    private final Path part;
    private final Writer out;
    private final Map<String, Long> perFile = new TreeMap<>();
    private long count;
    private String first = "";

    private BadRecordCollector(Path part, Writer out) {
        this.part = part;
        this.out = out;
    }

    /** A collector that counts only (on-error: skip). */
    public static BadRecordCollector counting() {
        return new BadRecordCollector(null, null);
    }

    /** A collector that also writes the rows of the quarantine file to {@code part}, replacing an earlier one. */
    public static BadRecordCollector quarantining(Path part, OutputFiles files) throws IOException {
        Files.deleteIfExists(part);
        return new BadRecordCollector(part, new BufferedWriter(new OutputStreamWriter(files.create(part),
                StandardCharsets.UTF_8), 1 << 16));
    }

    @Override
    public void add(BadRecord record) throws IOException {
        if (count == 0) {
            first = record.message();
        }
        count++;
        perFile.merge(record.file(), 1L, Long::sum);
        if (out != null) {
            QuarantineFile.appendRow(out, record);
        }
    }

    /** Bad records so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    /** What the chunk's bad records came to, after {@link #close()}; the empty part is removed. */
    public ChunkBadRecords result() throws IOException {
        if (count == 0) {
            if (part != null) {
                Files.deleteIfExists(part);
            }
            return ChunkBadRecords.NONE;
        }
        if (part == null) {
            return new ChunkBadRecords(count, perFile, first, "", 0, 0);
        }
        return new ChunkBadRecords(count, perFile, first, part.getFileName().toString(), Files.size(part),
                FileChecksum.crc32c(part));
    }
}
