package io.sluice.netcdf.sink;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.StagingFolder;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One run's NetCDF output: parts are staged as plain values by any thread; the commit groups the parts by the
 * file their labels name (in part order), writes every file in staging, and only when all are written moves
 * each over its target with an atomic rename. A failed run leaves the targets as they were.
 */
final class StagedNetcdfSession implements SinkSession {
    private enum State { OPEN, COMMITTING, COMMITTED, FAILED, ABORTED }

    private static final System.Logger LOG = System.getLogger(StagedNetcdfSession.class.getName());

    private final NetcdfSinkSettings settings;
    private final RunContext context;
    private final StagingFolder staging;
    private final ConcurrentSkipListMap<Integer, StagedRecords> parts = new ConcurrentSkipListMap<>();
    private volatile State state = State.OPEN;

    StagedNetcdfSession(NetcdfSinkSettings settings, RunContext context, StagingFolder staging) {
        this.settings = settings;
        this.context = context;
        this.staging = staging;
    }

    @Override
    public PartWriter part(int index) throws IOException {
        return RecordPartWriter.create(register(index), context.source());
    }

    private synchronized StagedRecords register(int index) {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot write part " + index + ": the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        StagedRecords part = new StagedRecords(index, staging.path().resolve(String.format("part-%06d.f64", index)));
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
            Map<String, List<StagedRecords>> files = byFile();
            Map<Path, Path> written = new LinkedHashMap<>();
            for (Map.Entry<String, List<StagedRecords>> e : files.entrySet()) {
                Path target = settings.folder().resolve(e.getKey());
                if (!settings.overwrite() && Files.exists(target)) {
                    throw new IOException(target + ": already exists and overwrite is false; remove it or set"
                            + " overwrite: true");
                }
                Path staged = staging.path().resolve(e.getKey());
                new CfFileWriter(context, target.getFileName().toString(),
                        settings.netcdf4() ? settings.deflate() : 0).write(staged, e.getValue());
                written.put(staged, target);
            }
            long bytes = 0;
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                bytes += AtomicPublisher.publishFile(e.getKey(), e.getValue(), settings.overwrite());
            }
            state = State.COMMITTED;
            deleteStaging();
            return bytes;
        } finally {
            if (state == State.COMMITTING) {
                state = State.FAILED;
            }
        }
    }

    /** The parts of every output file, in part order; the files in order of their first part. */
    private Map<String, List<StagedRecords>> byFile() throws IOException {
        Map<String, List<StagedRecords>> files = new LinkedHashMap<>();
        for (StagedRecords p : parts.values()) {
            if (!p.closed()) {
                throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                        + " writing failed)");
            }
            if (p.schema() == null || (p.records() == 0 && settings.layout() != FileLayout.SINGLE)) {
                continue;
            }
            String name;
            try {
                name = FileLayout.fileName(settings.pattern(), p.labels());
            } catch (IllegalArgumentException e) {
                throw new IOException(settings.target() + ": " + e.getMessage(), e);
            }
            files.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
        }
        return files;
    }

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
