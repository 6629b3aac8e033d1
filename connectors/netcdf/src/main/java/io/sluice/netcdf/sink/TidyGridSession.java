package io.sluice.netcdf.sink;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One run's NetCDF output from tidy tables (rows of CSV or Parquet files, or of table stages): parts stage their
 * rows by any thread ({@link TidyPartWriter}); the commit builds the grid ({@link TidyGridWriter}) in staging
 * and moves it over the target with an atomic rename. A failed run leaves the target as it was.
 */
final class TidyGridSession implements SinkSession {
    private enum State { OPEN, COMMITTING, COMMITTED, FAILED, ABORTED }


    private final NetcdfSinkSettings settings;
    private final RunContext context;
    private final StagingDirectory staging;
    private final ConcurrentSkipListMap<Integer, StagedRows> parts = new ConcurrentSkipListMap<>();
    private volatile State state = State.OPEN;

    TidyGridSession(NetcdfSinkSettings settings, RunContext context, StagingDirectory staging) {
        this.settings = settings;
        this.context = context;
        this.staging = staging;
    }

    @Override
    public PartWriter part(int index) throws IOException {
        return TidyPartWriter.create(register(index), settings, context.labels());
    }

    private synchronized StagedRows register(int index) {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot write part " + index + ": the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        StagedRows part = new StagedRows(index, staging.folder().resolve(String.format("part-%06d.rows", index)));
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
            List<StagedRows> written = new ArrayList<>();
            for (StagedRows p : parts.values()) {
                if (!p.closed()) {
                    throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                            + " writing failed)");
                }
                if (p.schema() != null && p.rows() > 0) {
                    written.add(p);
                }
            }
            if (written.isEmpty()) {
                throw new IOException(settings.target() + ": the results have no rows; a grid needs at least one"
                        + " cell");
            }
            Path target = settings.target();
            if (!settings.overwrite() && Files.exists(target)) {
                throw new IOException(target + ": already exists and overwrite is false; remove it or set"
                        + " overwrite: true");
            }
            Path staged = staging.folder().resolve(target.getFileName().toString());
            new TidyGridWriter(context, target.toString(), settings).write(staged, written);
            long bytes = AtomicPublisher.publishFile(staged, target, settings.overwrite());
            state = State.COMMITTED;
            staging.deleteQuietly();
            return bytes;
        } finally {
            if (state == State.COMMITTING) {
                state = State.FAILED;
            }
        }
    }

    @Override
    public synchronized void abort() {
        if (state == State.COMMITTED || state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        staging.deleteQuietly();
    }

}
