package io.sluice.csv;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.StagedPart;
import io.sluice.core.sink.SessionLifecycle;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's CSV output: parts are written without header into the staging directory by any thread; the commit
 * checks that all parts have the same columns, writes the header once followed by the parts in index order,
 * and publishes the result atomically. A session without any table publishes an empty file, since its
 * columns are unknown. Each part's column names are kept as its {@code columns} fact, so that a resumed run
 * knows the header of parts an interrupted run wrote.
 */
final class StagedCsvSession implements SinkSession {

    /** The fact holding a part's column names, separated by {@link #SEPARATOR}. */
    static final String COLUMNS = "columns";
    private static final String SEPARATOR = "\u001f";

    private final CsvSettings settings;
    private final CsvText text;
    private final StagingDirectory staging;
    private final SessionLifecycle lifecycle;

    StagedCsvSession(CsvSettings settings, StagingDirectory staging) {
        this.settings = settings;
        this.text = CsvText.of(settings);
        this.staging = staging;
        this.lifecycle = new SessionLifecycle(String.valueOf(settings.target()), staging);
    }

    @Override
    public Optional<StagingDirectory> staging() {
        return Optional.of(staging);
    }

    @Override
    public PartWriter part(int index) throws IOException {
        Path file = lifecycle.startPart(index, () -> staging.parts().start(index, ".csv"));
        return CsvPartWriter.create(file, "part " + index, staging.files(), text, settings.charset(),
                header -> staging.parts().complete(index, header == null ? Map.of()
                        : Map.of(COLUMNS, String.join(SEPARATOR, header))));
    }

    @Override
    public long commit() throws IOException {
        return lifecycle.commit(() -> {
            List<StagedPart> ordered = staging.parts().seal();
            List<String> header = commonHeader(ordered);
            StringBuilder head = new StringBuilder();
            if (settings.header() && header != null) {
                text.appendLine(head, header);
            }
            List<Path> files = new ArrayList<>(ordered.size());
            ordered.forEach(p -> files.add(p.file()));
            AtomicPublisher publisher = new AtomicPublisher(settings.target(), settings.overwrite(),
                    staging.publishFile(), staging.files());
            byte[] headBytes = CsvPartWriter.encode(head.toString(), settings.charset(), settings.target());
            long bytes = publisher.publish(headBytes, files);
            return bytes;
        });
    }

    /** The column names all parts share, or null when no part received a table. */
    private List<String> commonHeader(List<StagedPart> ordered) throws IOException {
        StagedPart first = null;
        for (StagedPart p : ordered) {
            if (!p.complete()) {
                throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                        + " writing failed); every part must be closed after a successful write before commit");
            }
            if (!p.facts().containsKey(COLUMNS)) {
                continue;
            }
            if (first == null) {
                first = p;
            } else if (!columns(first).equals(columns(p))) {
                throw new IOException(settings.target() + ": " + p + " has columns " + columns(p) + " but "
                        + first + " has " + columns(first) + "; every part must have the same columns");
            }
        }
        return first == null ? null : columns(first);
    }

    private static List<String> columns(StagedPart p) {
        return Arrays.asList(p.facts().get(COLUMNS).split(SEPARATOR, -1));
    }

    /**
     * Ends a failed run: staging is removed, or kept with its completed parts when the runner recorded them for
     * resume; the target is left as it was (a failed commit has removed its copy).
     */
    @Override
    public void abort() {
        lifecycle.abort();
    }

}
