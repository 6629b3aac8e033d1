package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Stands in for the runner: records each pipeline it is given and, when the source names a file, "converts" it
 * by copying it to the sink's path through a temporary file and an atomic move, as a real sink publishes.
 * Fails the pipelines {@link #failWhen} selects, before writing anything.
 */
final class RecordingLauncher implements PipelineLauncher {
    final List<Pipeline> runs = new ArrayList<>();
    Predicate<Pipeline> failWhen = p -> false;

    @Override
    public synchronized RunReport run(Pipeline pipeline, String runId) {
        runs.add(pipeline);
        if (failWhen.test(pipeline)) {
            Object what = pipeline.source().has("path") ? pipeline.source().get("path") : pipeline.name();
            throw new RunFailedException(what + ": read failed: unexpected end of file", null);
        }
        Path target = pipeline.baseDirectory().resolve(String.valueOf(pipeline.sink().get("path")));
        Object in = pipeline.source().get("path");
        long rows = 0;
        if (in != null && Files.isRegularFile(Path.of(in.toString()))) {
            try {
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(Path.of(in.toString()), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                rows = Files.readAllLines(target).size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RunReport(runId, pipeline.name(), target.toString(), List.of(new ChunkReport("c0", 1, true, 1, 8, 0)),
                rows, rows, Duration.ZERO, List.of());
    }

    synchronized List<String> sourcePaths() {
        return runs.stream().map(p -> String.valueOf(p.source().get("path"))).toList();
    }
}
