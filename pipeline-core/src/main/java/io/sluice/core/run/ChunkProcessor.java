package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordCollector;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.Batch;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.data.TimeSpan;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.SinkSession;
import io.sluice.core.spi.Stage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Processes one chunk on a worker thread: reads its slice block by block, accumulates every statistic and,
 * unless chunks are grouped, writes the chunk's part. Without statistics it writes every cell of every block.
 * Every table written passes through the pipeline's table stages first; the blocks come from the source through
 * the pipeline's whole-chunk stages ({@link ChunkReader}).
 */
final class ChunkProcessor {
    private final PlannedRun run;
    private final SinkSession session;
    private final long maxBatchBytes;
    private final RunContext context;
    private final Path scratch;
    private final String openStage;

    ChunkProcessor(PlannedRun run, SinkSession session, long maxBatchBytes) {
        this.run = run;
        this.session = session;
        this.maxBatchBytes = maxBatchBytes;
        this.context = RunContext.of(run.compiled().pipeline(), run.description(), List.of());
        this.scratch = session.staging().map(StagingDirectory::folder)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        List<String> types = run.compiled().chunkTransforms().stream().map(Stage::type).distinct().toList();
        this.openStage = types.isEmpty() ? "read" : String.join("/", types);
    }

    ChunkOutcome process(Chunk chunk) {
        long started = System.nanoTime();
        SourceDescription description = run.description();
        List<Aggregation> aggregations = run.compiled().aggregations();
        List<Accumulator> accumulators = new ArrayList<>();
        for (Aggregation a : aggregations) {
            accumulators.add(a.start(description));
        }
        String stage = openStage;
        int steps = 0;
        long rows = 0;
        BadRecordCollector badRecords = null;
        try (BadRecordCollector bad = badRecords = RunBadRecords.collectorFor(run, session, chunk);
             BatchReader reader = ChunkReader.open(run.compiled().source(), run.compiled().chunkTransforms(), chunk,
                context, scratch, maxBatchBytes, run.compiled().source().badRecordPolicy().readsPast() ? bad : null);
             PartWriter rawPart = aggregations.isEmpty() ? session.part(chunk.index()) : null) {
            stage = "read";
            for (Batch next = reader.next(); next != null; next = reader.next()) {
                if (next instanceof Table table) {
                    stage = "write";
                    steps += table.rowCount();
                    rows += writeRows(rawPart, chunk, table);
                    stage = "read";
                    continue;
                }
                GridBatch batch = (GridBatch) next;
                steps += batch.steps();
                if (rawPart != null) {
                    stage = "write";
                    rows += writeCells(rawPart, chunk, batch);
                } else {
                    stage = "compute";
                    for (Accumulator acc : accumulators) {
                        acc.add(batch);
                    }
                }
                stage = "read";
            }
            if (!aggregations.isEmpty() && run.groupBy() == null) {
                stage = "write";
                try (PartWriter part = session.part(chunk.index())) {
                    var table = run.transforms().apply(ResultTable.of(description, run.plan().labelTypes(),
                            chunk.labels(), aggregations,
                            accumulators, steps, chunk.complete(), spanOf(chunk, description)));
                    part.write(table);
                    rows = table.rowCount();
                }
            }
        } catch (PipelineInvalidException e) {
            throw e;
        } catch (IOException | RuntimeException | AssertionError e) {
            throw new RunFailedException(description.origin() + " " + chunk.describe() + ": " + stage
                    + " failed: " + messageOf(e), e);
        }
        int planned = plannedSteps(chunk, steps);
        long cells = (long) planned * description.cellsPerStep() * description.variables().size();
        ChunkReport report = new ChunkReport(chunk.key(), planned, chunk.complete(), cells,
                planned * description.bytesPerStep(), (System.nanoTime() - started) / 1_000_000, false, chunk.index(),
                rows, chunk.estimatedBytes(), RunBadRecords.resultOf(badRecords, chunk));
        return new ChunkOutcome(chunk, report, rows, run.groupBy() == null ? List.of() : accumulators);
    }

    /**
     * The steps the report counts for a chunk: those of its time range when whole-chunk stages replaced what was
     * read (a command's mean has one step for a season of 90), else the steps read.
     */
    private int plannedSteps(Chunk chunk, int stepsSeen) {
        boolean replaced = !run.compiled().chunkTransforms().isEmpty();
        return replaced && chunk.slice() instanceof IndexRange range ? range.length() : stepsSeen;
    }

    private long writeRows(PartWriter part, Chunk chunk, Table table) throws IOException {
        if (part == null) {
            throw new IllegalStateException("statistics need a grid source; this source is a table");
        }
        Table out = run.transforms().apply(table.withLabels(chunk.labels(), run.plan().labelTypes()));
        part.write(out);
        return out.rowCount();
    }

    /** The time span a chunk's slice covers, or null for a slice that is not a time index range. */
    static TimeSpan spanOf(Chunk chunk, SourceDescription description) {
        if (chunk.slice() instanceof IndexRange range && range.end() <= description.time().size()) {
            return TimeSpan.of(description.time(), range.start(), range.end());
        }
        return null;
    }

    private long writeCells(PartWriter part, Chunk chunk, GridBatch batch) throws IOException {
        GridTable table = GridTable.ofSteps(batch, run.description().variables());
        Map<String, ColumnType> types = run.plan().labelTypes();
        chunk.labels().forEach((name, value) -> table.label(name, value, types.get(name)));
        var built = run.transforms().apply(table.build());
        part.write(built);
        return built.rowCount();
    }

    static String messageOf(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB); lower --parallelism"
                    + " or give the JVM more memory with JAVA_OPTS=-Xmx...";
        }
        if (e instanceof AssertionError) {
            return "a library's internal check failed (" + e + "); the input is probably damaged";
        }
        if (e instanceof FileSystemException f) {
            return FileProblem.describe(f);
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }
}
