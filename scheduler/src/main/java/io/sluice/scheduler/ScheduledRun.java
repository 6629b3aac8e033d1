package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One run started by the scheduler (or by hand for an incremental pipeline, see {@link ManualRun}). With
 * incremental input it converts each new file in turn (one pipeline run per file, each committed on its own)
 * and records a file as processed only after its run committed; a file whose run failed is taken again at the
 * next fire time. The run's report goes to
 * {@code reports/RUN-ID.txt} in the state directory and its end to the history; every log line carries the
 * run id.
 *
 * <pre>{@code executor.execute(new ScheduledRun(scheduled, record, launcher, history, clock, log, aborting));}</pre>
 */
final class ScheduledRun implements Runnable {
    private final ScheduledPipeline scheduled;
    private final RunRecord record;
    private final PipelineLauncher launcher;
    private final RunHistory history;
    private final Clock clock;
    private final Consumer<String> log;
    private final BooleanSupplier aborting;
    private volatile String status = RunRecord.RUNNING;

    ScheduledRun(ScheduledPipeline scheduled, RunRecord record, PipelineLauncher launcher, RunHistory history,
                 Clock clock, Consumer<String> log, BooleanSupplier aborting) {
        this.scheduled = scheduled;
        this.record = record;
        this.launcher = launcher;
        this.history = history;
        this.clock = clock;
        this.log = log;
        this.aborting = aborting;
    }

    @Override
    public void run() {
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName("run " + record.id());
        RunTotals totals = new RunTotals();
        try {
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
            finish(totals);
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
            say("failed" + (what == null ? "" : " on " + file.path().getFileName()) + ": " + FailureText.of(e));
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
            say("report not written: " + e.getMessage());
        }
        this.status = status;
        history.end(record.id(), clock.instant(), status, totals.inputs, totals.chunks, totals.rows, report,
                totals.failure);
        say(status + ": " + totals.inputs + " input" + (totals.inputs == 1 ? "" : "s") + ", " + totals.chunks
                + " chunks, " + totals.rows + " rows" + (totals.failure == null ? "" : "; " + totals.failure));
    }

    /** How the run ended ({@code running} until it has). */
    String status() {
        return status;
    }

    private void say(String message) {
        log.accept("run " + record.id() + " " + scheduled.name() + ": " + message);
    }
}
