package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.RunIds;
import io.sluice.core.run.RunLogContext;
import io.sluice.core.run.RunReport;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a run started by hand ({@code sluice run}) in the history of a state directory, with its report,
 * as the scheduler records its own runs. A history that cannot be written is reported as a warning in the log
 * and does not fail the run.
 *
 * <pre>{@code
 * RunReport r = ManualRun.of(StateDirectory.besides(file), Clock.systemUTC())
 *         .run(pipeline, PipelineLauncher.local(options));
 * }</pre>
 */
public final class ManualRun {
    private static final Logger LOG = LoggerFactory.getLogger(ManualRun.class);
    private final RunHistory history;
    private final Clock clock;

    private ManualRun(StateDirectory state, Clock clock) {
        this.history = RunHistory.of(state);
        this.clock = clock;
    }

    /** A recorder into {@code state}. */
    public static ManualRun of(StateDirectory state, Clock clock) {
        return new ManualRun(state, clock);
    }

    /**
     * Runs the pipeline with {@code launcher} and records it; failures are recorded, then rethrown. Its log lines,
     * a warning about the history too, carry the run id.
     */
    public RunReport run(Pipeline pipeline, PipelineLauncher launcher) {
        String id = RunIds.next(clock.instant());
        try (RunLogContext.Marked ignored = RunLogContext.open(id)) {
            return run(pipeline, launcher, id);
        }
    }

    private RunReport run(Pipeline pipeline, PipelineLauncher launcher, String id) {
        boolean recording = attempt(() -> history.start(id, pipeline.name(), "manual", null, clock.instant()));
        RunTotals totals = new RunTotals();
        try {
            RunReport report = launcher.run(pipeline, id);
            totals.add(report);
            return report;
        } catch (RuntimeException e) {
            totals.fail(null, FailureText.of(e));
            throw e;
        } finally {
            if (recording) {
                String reportName = "reports/" + id + ".txt";
                attempt(() -> {
                    history.state().writeAtomically(reportName, totals.report.toString());
                    history.end(id, clock.instant(), totals.failure == null ? RunRecord.SUCCEEDED : RunRecord.FAILED,
                            totals.inputs, totals.chunks, totals.rows, history.state().file(reportName).toString(),
                            totals.failure);
                });
            }
        }
    }

    /**
     * Converts the new input files of an incremental pipeline now, as a fire time would, and returns the run as
     * recorded. It takes the state directory's lock for the run, so that it never converts a file a scheduler
     * is converting; throws {@link IllegalStateException} when a scheduler holds the lock.
     */
    public RunRecord runIncremental(ScheduledPipeline scheduled, PipelineLauncher launcher) {
        SchedulerLock lock = SchedulerLock.in(history.state());
        if (!lock.tryAcquire()) {
            throw new IllegalStateException(history.state() + " is used by a scheduler (process " + lock.holder()
                    + "), which converts the new files at its next fire time; stop it to convert them by hand");
        }
        try {
            String id = RunIds.next(clock.instant());
            RunRecord record = history.start(id, scheduled.name(), "manual", null, clock.instant());
            new ScheduledRun(scheduled, record, launcher, history, clock, () -> false).run();
            List<RunRecord> runs = history.runs(scheduled.name());
            return runs.get(runs.size() - 1);
        } finally {
            lock.release();
        }
    }

    private boolean attempt(Runnable write) {
        try {
            write.run();
            return true;
        } catch (UncheckedIOException e) {
            LOG.warn("run history not recorded: {}", e.getMessage());
            return false;
        }
    }
}
