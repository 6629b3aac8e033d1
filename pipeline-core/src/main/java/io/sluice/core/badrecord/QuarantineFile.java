package io.sluice.core.badrecord;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.FileSync;
import io.sluice.core.sink.StagingDirectory;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The file beside an output that keeps the records a run quarantined: {@code <target>.quarantine.csv}
 * ({@code out/obs.parquet.quarantine.csv}), UTF-8 CSV with the columns {@code file}, {@code line} (where the
 * record starts), {@code record} (its text as in the input, quoted when needed) and {@code reason}, in input
 * order. It is published from staging with an atomic rename just before the output; a run that quarantined
 * nothing removes the one an earlier run left, so the file beside an output always belongs to it.
 *
 * <pre>{@code Path q = QuarantineFile.publish(staging, parts);   // null when nothing was quarantined}</pre>
 */
public final class QuarantineFile {
    /** What follows the target's name. */
    public static final String SUFFIX = ".quarantine.csv";
    /** The header line. */
    public static final String HEADER = "file,line,record,reason\n";
    private static final String COPY = "quarantine.tmp";

    private QuarantineFile() {
    }

    /** The quarantine file of {@code target}. */
    public static Path beside(Path target) {
        return target.resolveSibling(target.getFileName() + SUFFIX);
    }

    /**
     * Publishes the header and {@code parts} (the chunks' quarantine parts, in chunk order) beside the staging's
     * target and returns where; with no parts removes a quarantine file left there and returns null.
     */
    public static Path publish(StagingDirectory staging, List<Path> parts) throws IOException {
        Path file = beside(staging.target());
        if (parts.isEmpty()) {
            if (Files.deleteIfExists(file)) {
                FileSync.directory(file.getParent());
            }
            return null;
        }
        new AtomicPublisher(file, true, staging.folder().resolve(COPY), staging.files())
                .publish(HEADER.getBytes(StandardCharsets.UTF_8), parts);
        return file;
    }

    /** Appends {@code record} as one row (RFC 4180: fields quoted when they hold a comma, quote or line break). */
    static void appendRow(Writer out, BadRecord record) throws IOException {
        field(out, record.file());
        out.write(',');
        out.write(Long.toString(record.line()));
        out.write(',');
        field(out, record.text() == null ? "" : record.text());
        out.write(',');
        field(out, record.reason());
        out.write('\n');
    }

    private static void field(Writer out, String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }
}
