package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.data.Batch;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads a command's output file back as the chunk's blocks, through the source plugin of a format. The output
 * must fit where the chunk's data was: a grid with the source's variables on the source's spatial axes, its time
 * in the source's units and calendar (its steps may differ: a mean has one); a table with the source's columns.
 * Anything else fails with a {@link CommandFailure} saying what differs.
 *
 * <pre>{@code try (BatchReader r = ChunkFileReader.open(Plugins.installed(), "netcdf", out, chunk, run, 8 << 20)) {...}}</pre>
 */
final class ChunkFileReader implements BatchReader {
    private final Source source;
    private final Deque<Chunk> pieces;
    private final long maxBatchBytes;
    private BatchReader current;

    private ChunkFileReader(Source source, List<Chunk> pieces, long maxBatchBytes) {
        this.source = source;
        this.pieces = new ArrayDeque<>(pieces);
        this.maxBatchBytes = maxBatchBytes;
    }

    /** A reader of {@code file}, checked against the run's source {@code run}. */
    static BatchReader open(Plugins plugins, String format, Path file, Chunk chunk, SourceDescription run,
                            long maxBatchBytes) throws IOException {
        Config config = Config.ofType(format).atPath("exec output").with("path", file.toString());
        if (!run.isTable()) {
            config = config.with("variables", run.variables().stream().map(VariableInfo::name).toList());
        }
        Source source = new FormatPlugin(plugins, format).source(config, file, "the command's output " + file
                + " cannot be read");
        try {
            SourceDescription out = describe(source, file);
            OutputShape.check(out, run, file);
            List<Chunk> pieces = out.isTable() ? ChunkPlan.ofParts(out).chunks()
                    : List.of(Chunk.of(0, chunk.key(), chunk.labels(), IndexRange.of(out.time().name(), 0,
                    out.time().size()), chunk.complete(), out.time().size() * out.bytesPerStep()));
            return new ChunkFileReader(source, pieces, maxBatchBytes);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static SourceDescription describe(Source source, Path file) throws IOException {
        try {
            return source.describe();
        } catch (PipelineInvalidException e) {
            throw new CommandFailure("the command's output " + file + " does not fit: " + messages(e.problems()));
        }
    }

    private static String messages(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::message).toList());
    }

    @Override
    public Batch next() throws IOException {
        while (true) {
            if (current == null) {
                Chunk piece = pieces.poll();
                if (piece == null) {
                    return null;
                }
                current = source.open(piece, maxBatchBytes);
            }
            Batch b = current.next();
            if (b != null) {
                return b;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        try (source) {
            if (current != null) {
                current.close();
            }
        }
    }
}
