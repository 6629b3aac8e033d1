package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordSummary;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.plan.Chunk;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.SinkSession;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pipeline on this machine: chunks are processed on a {@link ForkJoinPool}, at most
 * {@link RunOptions#chunksInFlight()} at a time, each writing its own part; parts are stitched in plan order
 * when the sink commits, so the output is identical whatever the parallelism. Chunks failing for a transient
 * reason are retried ({@link RetryPolicy}); each completed chunk is recorded in the run's manifest in staging,
 * so that a run that was killed or failed can be resumed ({@link RunOptions#resume()}) without redoing it. The
 * first chunk to fail, in whatever order the chunks run, stops the run at once ({@link FirstFailure}): no chunk
 * starts after it and the workers still running are interrupted.
 *
 * <pre>{@code RunReport r = new LocalRunner(RunOptions.defaults().withParallelism(4)).run(pipeline);}</pre>
 */
public final class LocalRunner implements PipelineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRunner.class);
    private final RunOptions options;
    private final Plugins plugins;

    /** A runner with the given options and the installed plugins. */
    public LocalRunner(RunOptions options) {
        this(options, Plugins.installed());
    }

    /** A runner with the given options and plugins. */
    public LocalRunner(RunOptions options, Plugins plugins) {
        this.options = options;
        this.plugins = plugins;
    }

    @Override
    public RunReport run(Pipeline pipeline) {
        String runId = options.runId() != null ? options.runId() : RunIds.next(Instant.now());
        RunListener listener = options.listener();
        try (RunLogContext.Marked ignored = RunLogContext.open(runId)) {
            try {
                RunReport report = run(pipeline, runId, listener);
                listener.runFinished(report);
                return report;
            } catch (RuntimeException e) {
                listener.runFailed(runId, e);
                throw e;
            }
        }
    }

    private RunReport run(Pipeline pipeline, String runId, RunListener listener) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        Problems problems = new Problems();
        CompiledPipeline compiled = CompiledPipeline.compile(pipeline, plugins, problems);
        // compiling has recorded any problem of the retries section
        RetryPolicy retryPolicy = options.retries() != null ? options.retries()
                : RetryPolicy.read(pipeline.retries(), new Problems());
        try (Source ignored = compiled.source()) {
            // settings, source and plan problems are reported together; an unreadable source fails the run
            PlannedRun planned = PlannedRun.validate(compiled, problems, false);
            problems.throwIfAny();
            LOG.debug("pipeline {}: {} chunks, about {} bytes to read", pipeline.name(),
                    planned.plan().chunks().size(), planned.plan().estimatedBytes());
            MemoryBudget budget = budgetFor(planned);
            listener.runStarted(new RunStart(runId, pipeline.name(), compiled.sink().target(),
                    planned.plan().chunks().size(), planned.plan().estimatedBytes(), budget.parallelism(), startedAt,
                    PipelineHash.of(pipeline), planned.inputFiles()));
            List<String> labels = planned.groupBy() == null ? List.copyOf(planned.plan().labelOrder().keySet())
                    : List.of(planned.groupBy());
            SinkSession session = compiled.sink().begin(RunContext.of(pipeline, planned.description(), labels),
                    options.resume() ? StagingMode.RESUME : StagingMode.FRESH);
            RunWorkers workers = RunWorkers.start(budget.parallelism(), session, pipeline.name());
            boolean committed = false;
            List<String> notes = new ArrayList<>(planned.plan().notes());
            try (RunJournal journal = RunJournal.open(planned, session, options.resume(), notes)) {
                List<ChunkReport> reports = new ArrayList<>();
                List<RetryRecord> retries = new ArrayList<>();
                FirstFailure firstFailure = new FirstFailure();
                ChunkAttempts attempts = new ChunkAttempts(new ChunkProcessor(planned, session, budget.maxBatchBytes()),
                        journal, retryPolicy, session.staging().isPresent() || planned.groupBy() != null,
                        compiled.sink().target(), retries, listener, firstFailure);
                long rows = processAll(planned, session, workers.pool(), budget, journal, attempts, reports, runId,
                        listener);
                BadRecordSummary bad = RunBadRecords.settle(planned, reports, session);
                long bytes = commit(session, compiled.sink().target());
                committed = true;
                if (budget.note() != null) {
                    notes.add(budget.note());
                }
                return new RunReport(runId, pipeline.name(), compiled.sink().target(), reports, rows, bytes,
                        Duration.ofNanos(System.nanoTime() - started), notes, retries, journal.reusedCount(), bad);
            } catch (RunFailedException e) {
                throw session.staging().map(StagingDirectory::keptForResume).orElse(false)
                        ? new RunFailedException(e.getMessage() + "; the chunks completed so far are kept: run again"
                        + " with --resume to reuse them", e.getCause()) : e;
            } finally {
                workers.stop();
                if (!committed) {
                    session.abort();
                }
                workers.release();
            }
        } catch (IOException e) {
            throw new RunFailedException(FailureKind.isDiskFull(e) ? compiled.sink().target() + ": disk full ("
                    + FailureKind.diskFullText(e) + "); free space, then run again" : ChunkProcessor.messageOf(e), e);
        }
    }

    private static long commit(SinkSession session, String target) throws IOException {
        try {
            return session.commit();
        } catch (IOException e) {
            if (FailureKind.isDiskFull(e)) {
                throw new RunFailedException(target + ": disk full (" + FailureKind.diskFullText(e)
                        + ") while publishing; free space, then run again", e);
            }
            throw new RunFailedException(ChunkProcessor.messageOf(e), e);
        }
    }

    private MemoryBudget budgetFor(PlannedRun planned) {
        String label = planned.groupBy();
        int groups = label == null ? 0 : planned.plan().labelOrder().getOrDefault(label, List.of()).size();
        MemoryBudget budget = MemoryBudget.fit(options, planned.description(),
                planned.compiled().aggregations().size(), groups, Runtime.getRuntime().maxMemory());
        if (budget.note() != null) {
            LOG.info(budget.note());
        }
        return budget;
    }

    private long processAll(PlannedRun planned, SinkSession session, ForkJoinPool pool, MemoryBudget budget,
                            RunJournal journal, ChunkAttempts attempts, List<ChunkReport> reports,
                            String runId, RunListener listener) throws IOException {
        GroupMerger merger = planned.groupBy() == null ? null : new GroupMerger(planned.groupBy(),
                planned.plan(), planned.description(), planned.compiled().aggregations(), planned.transforms());
        // results are collected in plan order, but the first failure of any chunk ends the wait at once
        ArrayDeque<Pending> window = new ArrayDeque<>();
        FirstFailure firstFailure = attempts.firstFailure();
        long rows = 0;
        try {
            for (Chunk chunk : planned.plan().chunks()) {
                if (window.size() >= budget.chunksInFlight()) {
                    rows += collect(firstFailure, window.poll().slot(), reports, merger);
                }
                FirstFailure.ChunkWork<ChunkOutcome> work = journal.isReused(chunk)
                        ? () -> reuse(journal, chunk, listener) : () -> attempts.process(chunk);
                CompletableFuture<ChunkOutcome> slot = new CompletableFuture<>();
                Callable<Void> task = () -> {
                    firstFailure.run(work, slot);
                    return null;
                };
                window.add(new Pending(slot, pool.submit(RunLogContext.carrying(runId, task))));
            }
            while (!window.isEmpty()) {
                rows += collect(firstFailure, window.poll().slot(), reports, merger);
            }
        } finally {
            window.forEach(p -> p.task().cancel(true));
        }
        if (planned.plan().chunks().isEmpty()) {
            try (PartWriter part = session.part(0)) {
                part.write(ResultTable.empty(planned));
            }
            return 0;
        }
        return merger == null ? rows : merger.writeAll(session);
    }

    /** A chunk in flight: where its outcome arrives, and its task on the pool (to cancel it). */
    private record Pending(CompletableFuture<ChunkOutcome> slot, ForkJoinTask<?> task) {
    }

    private static ChunkOutcome reuse(RunJournal journal, Chunk chunk, RunListener listener) {
        ChunkOutcome outcome = journal.reusedOutcome(chunk);
        listener.chunkFinished(outcome.report());
        return outcome;
    }

    private static long collect(FirstFailure firstFailure, CompletableFuture<ChunkOutcome> slot,
                                List<ChunkReport> reports, GroupMerger merger) {
        ChunkOutcome outcome;
        try {
            outcome = firstFailure.await(slot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting for a chunk", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RunFailedException r) {
                throw r;
            }
            if (cause instanceof PipelineInvalidException p) {
                throw p;
            }
            throw new RunFailedException(ChunkProcessor.messageOf(cause), cause);
        }
        reports.add(outcome.report());
        if (merger != null) {
            merger.add(outcome);
        }
        LOG.debug("chunk {} done: {} steps in {} ms", outcome.report().key(), outcome.report().steps(),
                outcome.report().millis());
        return outcome.rowsWritten();
    }
}
