package io.sluice.csv;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.StagingFolder;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One run's CSV output: parts are written without header into the staging folder by any thread; the commit
 * checks that all parts have the same columns, writes the header once followed by the parts in index order,
 * and publishes the result atomically. A session without any table publishes an empty file, since its
 * columns are unknown.
 */
final class StagedCsvSession implements SinkSession {
    private enum State { OPEN, COMMITTING, COMMITTED, FAILED, ABORTED }

    private static final System.Logger LOG = System.getLogger(StagedCsvSession.class.getName());

    private final CsvSettings settings;
    private final CsvText text;
    private final StagingFolder staging;
    private final AtomicPublisher publisher;
    private final ConcurrentSkipListMap<Integer, StagedPart> parts = new ConcurrentSkipListMap<>();
    private volatile State state = State.OPEN;

    StagedCsvSession(CsvSettings settings, StagingFolder staging) {
        this.settings = settings;
        this.text = CsvText.of(settings);
        this.staging = staging;
        this.publisher = new AtomicPublisher(settings.target(), settings.overwrite());
    }

    StagingFolder staging() {
        return staging;
    }

    @Override
    public PartWriter part(int index) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("part index must not be negative: " + index);
        }
        return CsvPartWriter.create(register(index), text, settings.charset());
    }

    /** Registers a part while no commit or abort runs, so that a part is either in the commit or refused. */
    private synchronized StagedPart register(int index) {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot write part " + index + ": the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        StagedPart part = new StagedPart(index, staging.partFile(index));
        if (parts.putIfAbsent(index, part) != null) {
            throw new IllegalStateException(settings.target() + ": part " + index + " was already written");
        }
        return part;
    }

    @Override
    public synchronized long commit() throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot commit: the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        state = State.COMMITTING;
        try {
            List<StagedPart> ordered = new ArrayList<>(parts.values());
            List<String> header = commonHeader(ordered);
            StringBuilder head = new StringBuilder();
            if (settings.header() && header != null) {
                text.appendLine(head, header);
            }
            List<Path> files = new ArrayList<>(ordered.size());
            ordered.forEach(p -> files.add(p.file()));
            byte[] headBytes = CsvPartWriter.encode(head.toString(), settings.charset(), settings.target());
            long bytes = publisher.publish(headBytes, files);
            state = State.COMMITTED;
            deleteStaging();
            return bytes;
        } finally {
            if (state == State.COMMITTING) {
                state = State.FAILED;
            }
        }
    }

    /** The column names all parts share, or null when no part received a table. */
    private List<String> commonHeader(List<StagedPart> ordered) throws IOException {
        StagedPart first = null;
        for (StagedPart p : ordered) {
            if (!p.closed()) {
                throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                        + " writing failed); every part must be closed after a successful write before commit");
            }
            if (p.header() == null) {
                continue;
            }
            if (first == null) {
                first = p;
            } else if (!first.header().equals(p.header())) {
                throw new IOException(settings.target() + ": " + p + " has columns " + p.header() + " but "
                        + first + " has " + first.header() + "; every part must have the same columns");
            }
        }
        return first == null ? null : first.header();
    }

    /** Deletes staging and leaves the target as it was (a failed commit has removed its temporary file). */
    @Override
    public synchronized void abort() {
        if (state == State.COMMITTED || state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        deleteStaging();
    }

    private void deleteStaging() {
        try {
            staging.delete();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove staging folder {0}: {1}; remove it by hand",
                    staging, e.getMessage());
        }
    }
}
