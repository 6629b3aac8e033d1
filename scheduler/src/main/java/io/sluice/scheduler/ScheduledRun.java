package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.RunLogContext;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run started by the scheduler (or by hand for an incremental pipeline, see {@link ManualRun}). With
 * incremental input it converts each new file in turn (one pipeline run per file, each committed on its own)
 * and records a file as processed only after its run committed; a file whose run failed is taken again at the
 * next fire time. The run's report goes to
 * {@code reports/RUN-ID.txt} in the state directory and its end to the history; every log line of the run
 * carries its id ({@link RunLogContext}; a file's run of the pipeline, with an id of its own, marks its own lines
 * with that id, then gives the thread back this one).
 *
 * <pre>{@code executor.execute(new ScheduledRun(scheduled, record, launcher, history, clock, aborting));}</pre>
 */
final class ScheduledRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRun.class);
    private final ScheduledPipeline scheduled;
    private final RunRecord record;
    private final PipelineLauncher launcher;
    private final RunHistory history;
    private final Clock clock;
    private final BooleanSupplier aborting;
    private volatile String status = RunRecord.RUNNING;

    ScheduledRun(ScheduledPipeline scheduled, RunRecord record, PipelineLauncher launcher, RunHistory history,
                 Clock clock, BooleanSupplier aborting) {
        this.scheduled = scheduled;
        this.record = record;
        this.launcher = launcher;
        this.history = history;
        this.clock = clock;
        this.aborting = aborting;
    }

    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName("run " + record.id());
        RunTotals totals = new RunTotals();
        try (RunLogContext.Marked ignored = RunLogContext.open(record.id())) {
            say("started " + (record.fire() == null ? "by hand" : "for fire time " + record.fire())
                    + (record.retries() > 0 ? " (after " + record.retries()
                    + " failed run" + (record.retries() == 1 ? ")" : "s)") : ""));
            if (scheduled.schedule().incrementalInput().isPresent()) {
                convertNewFiles(scheduled.schedule().incremental(), totals);
            } else {
                runOnce(scheduled.pipeline(), null, record.id(), totals);
            }
        } catch (RuntimeException e) {
            totals.fail(null, FailureText.of(e));
        } finally {
            try (RunLogContext.Marked ignored = RunLogContext.open(record.id())) {
                finish(totals);
            }
            thread.setName(threadName);
        }
    }

    private void convertNewFiles(IncrementalInput input, RunTotals totals) {
        StateDirectory state = history.state();
        ProcessedFiles processed = ProcessedFiles.of(state, scheduled.name());
        List<InputFile> files = input.newFiles(scheduled.pipeline().baseDirectory(), processed, clock.instant());
        say(files.size() + " new input file" + (files.size() == 1 ? "" : "s") + " matching " + input.glob());
        int n = 0;
        for (InputFile file : files) {
            n++;
            if (aborting.getAsBoolean()) {
                totals.fail(file.path().toString(), "not converted: the scheduler is stopping");
                return;
            }
            // each file is a run of the pipeline of its own, with an id of its own
            if (runOnce(InputBinding.bind(scheduled.pipeline(), file), file, record.id() + "-" + n, totals)) {
                processed.add(file, record.id());
            }
        }
    }

    private boolean runOnce(Pipeline pipeline, InputFile file, String runId, RunTotals totals) {
        String what = file == null ? null : file.path().toString();
        try {
            long before = totals.rows;
            totals.add(launcher.run(pipeline, runId));
            if (file != null) {
                say("converted " + file.path().getFileName() + ": " + (totals.rows - before) + " rows");
            }
            return true;
        } catch (RuntimeException e) {
            totals.fail(what, FailureText.of(e));
            warn("failed" + (what == null ? "" : " on " + file.path().getFileName()) + ": " + FailureText.of(e));
            return false;
        }
    }

    private void finish(RunTotals totals) {
        String status = totals.failure == null ? RunRecord.SUCCEEDED
                : aborting.getAsBoolean() ? RunRecord.ABORTED : RunRecord.FAILED;
        String reportName = "reports/" + record.id() + ".txt";
        String report = null;
        try {
            history.state().writeAtomically(reportName, totals.report.toString());
            report = history.state().file(reportName).toString();
        } catch (UncheckedIOException e) {
            warn("report not written: " + e.getMessage());
        }
        this.status = status;
        history.end(record.id(), clock.instant(), status, totals.inputs, totals.chunks, totals.rows, report,
                totals.failure);
        String end = status + ": " + totals.inputs + " input" + (totals.inputs == 1 ? "" : "s") + ", " + totals.chunks
                + " chunks, " + totals.rows + " rows" + (totals.failure == null ? "" : "; " + totals.failure);
        if (totals.failure == null) {
            say(end);
        } else {
            warn(end);
        }
    }

    /** How the run ended ({@code running} until it has). */
    String status() {
        return status;
    }

    private void say(String message) {
        LOG.info("{}: {}", scheduled.name(), message);
    }

    private void warn(String message) {
        LOG.warn("{}: {}", scheduled.name(), message);
    }
}
