package io.sluice.netcdf.sink;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.SafePaths;
import io.sluice.core.sink.StagedPart;
import io.sluice.core.sink.SessionLifecycle;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's NetCDF output in the target's {@link StagingDirectory}: parts are staged as plain values followed by
 * their {@link RecordTrailer} by any thread (a retried chunk replaces its part; a resumed run adopts the parts an
 * interrupted run completed). The commit groups the parts by the file their labels name (in part order), writes
 * every file in staging, and only when all are written moves each over its target with an atomic rename. A failed
 * run leaves the targets as they were; with several files, a crash between two renames leaves some files new and
 * the rest old, with staging kept, so that {@code --resume} publishes them all again.
 */
final class StagedNetcdfSession implements SinkSession {

    private static final String PART_SUFFIX = ".f64";
    private static final String FILE_PREFIX = "publish-";

    private final NetcdfSinkSettings settings;
    private final RunContext context;
    private final StagingDirectory staging;
    private final SessionLifecycle lifecycle;

    StagedNetcdfSession(NetcdfSinkSettings settings, RunContext context, StagingDirectory staging) {
        this.settings = settings;
        this.context = context;
        this.staging = staging;
        this.lifecycle = new SessionLifecycle(String.valueOf(settings.target()), staging);
    }

    @Override
    public Optional<StagingDirectory> staging() {
        return Optional.of(staging);
    }

    @Override
    public PartWriter part(int index) throws IOException {
        Path file = lifecycle.startPart(index, () -> staging.parts().start(index, PART_SUFFIX));
        return RecordPartWriter.create(new StagedRecords(index, file), context.source(),
                staging.files().create(file), facts -> staging.parts().complete(index, facts));
    }

    @Override
    public long commit() throws IOException {
        return lifecycle.commit(() -> {
            Map<String, List<StagedRecords>> files = byFile(staging.parts().seal());
            Map<Path, Path> written = new LinkedHashMap<>();
            for (Map.Entry<String, List<StagedRecords>> e : files.entrySet()) {
                Path target = SafePaths.inside(settings.folder(), e.getKey());
                if (!settings.overwrite() && Files.exists(target)) {
                    throw new IOException(target + ": already exists and overwrite is false; remove it or set"
                            + " overwrite: true");
                }
                Path staged = SafePaths.inside(staging.folder(), FILE_PREFIX + e.getKey());
                Files.deleteIfExists(staged);
                new CfFileWriter(context, target.getFileName().toString(),
                        settings.netcdf4() ? settings.deflate() : 0).write(staged, e.getValue());
                written.put(staged, target);
            }
            long bytes = 0;
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                bytes += AtomicPublisher.publishFile(e.getKey(), e.getValue(), settings.overwrite());
            }
            return bytes;
        });
    }

    /** The parts of every output file, in part order; the files in order of their first part. */
    private Map<String, List<StagedRecords>> byFile(List<StagedPart> parts) throws IOException {
        Map<String, List<StagedRecords>> files = new LinkedHashMap<>();
        for (StagedPart staged : parts) {
            if (!staged.complete()) {
                throw new IOException(settings.target() + ": " + staged + " was not completed (still open or its"
                        + " writing failed)");
            }
            StagedRecords p = RecordTrailer.read(staged.index(), staged.file(), staged.facts());
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

    /**
     * Ends a failed run: staging is removed, or kept with its completed parts when the runner recorded them for
     * resume; the targets are left as they were.
     */
    @Override
    public void abort() {
        lifecycle.abort();
    }

}
