package io.sluice.cli;

import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.RetryPolicy;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import io.sluice.core.yaml.PipelineYaml;
import io.sluice.report.RunReports;
import io.sluice.scheduler.ManualRun;
import io.sluice.scheduler.PipelineLauncher;
import io.sluice.scheduler.RunRecord;
import io.sluice.scheduler.Schedule;
import io.sluice.scheduler.ScheduleReader;
import io.sluice.scheduler.ScheduledPipeline;
import io.sluice.scheduler.StateDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sluice run PIPELINE}: runs a pipeline, prints its report and records the run in the history. An
 * incremental pipeline converts its new input files now, as its next fire time would.
 *
 * <pre>{@code sluice run examples/seasonal-means/pipeline.yaml --parallelism 2 --resume --retries 5}</pre>
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a pipeline and publish its output.")
final class RunCommand implements Callable<Integer>, LastRunId.Holder {
    private static final int MAX_PARALLELISM = 1024;

    @Mixin
    PipelineFile pipeline;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer parallelism;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Where the run is recorded in the history and its report written, in runs/RUN-ID"
                    + " (default: .sluice beside the pipeline file).")
    Path state;

    @Option(names = "--resume", description = "Reuse the chunks an interrupted run of this pipeline completed (checked"
            + " against their checksums) and do only the rest; refused when the pipeline or its input changed.")
    boolean resume;

    @Option(names = "--retries", paramLabel = "N", description = "Retries of a chunk that fails for a transient"
            + " reason (I/O error, time-out); overrides the pipeline's retries.max (default 3).")
    Integer retries;

    @Option(names = "--retry-backoff", paramLabel = "FIRST..MAX", description = "Wait before the first retry, doubled"
            + " up to MAX, with jitter, such as 200ms..10s (the default); overrides the pipeline's retries.backoff.")
    String retryBackoff;

    @Mixin
    QuietOption quiet;

    @Spec
    CommandSpec spec;

    private final LastRunId lastRun = new LastRunId();

    @Override
    public Optional<String> lastRunId() {
        return lastRun.get();
    }

    @Override
    public Integer call() {
        RunOptions options = RunOptions.defaults();
        if (parallelism != null) {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new ParameterException(spec.commandLine(),
                        "--parallelism must be between 1 and " + MAX_PARALLELISM + ", got " + parallelism);
            }
            options = options.withParallelism(parallelism);
        }
        options = options.withResume(resume)
                .withListener(RunListener.all(RunProgress.onConsole(quiet.quiet()), lastRun));
        if (retries != null || retryBackoff != null) {
            options = options.withRetries(retryPolicy());
        }
        Pipeline loaded = PipelineYaml.load(pipeline.path());
        Problems problems = new Problems();
        Schedule schedule = ScheduleReader.read(loaded, problems);
        if (!problems.isEmpty()) {
            PipelineFiles.plan(pipeline.path()); // reports the schedule's problems with every other one, as validate
            problems.throwIfAny();
        }
        StateDirectory history = state == null ? StateDirectory.besides(pipeline.path()) : StateDirectory.at(state);
        ManualRun manual = ManualRun.of(history, Clock.systemUTC());
        PipelineLauncher launcher = PipelineLauncher.local(options,
                RunReports.in(history.folder(), ReportNotices.logged())::listenerFor);
        if (schedule != null && schedule.incrementalInput().isPresent()) {
            return runIncremental(manual, new ScheduledPipeline(pipeline.path(), loaded, schedule), launcher);
        }
        RunReport report = manual.run(loaded, launcher);
        spec.commandLine().getOut().print(report.summary());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * An incremental pipeline converts its new input files, as its next fire time would; the run logs each file,
     * and its totals are the report: {@code pipeline nightly: 2 input files, 34 chunks, 1,632 rows}.
     */
    private int runIncremental(ManualRun manual, ScheduledPipeline scheduled, PipelineLauncher launcher) {
        RunRecord r = manual.runIncremental(scheduled, launcher);
        lastRun.remember(r.id()); // the id in the history; each file's run had one of its own
        if (!RunRecord.SUCCEEDED.equals(r.status())) {
            throw new RunFailedException(scheduled.name() + ": " + r.message(), null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pipeline %s: %,d input file%s, %,d chunks, %,d rows%n", scheduled.name(), r.inputs(),
                r.inputs() == 1 ? "" : "s", r.chunks(), r.rows());
        out.flush();
        return ExitCodes.OK;
    }

    private RetryPolicy retryPolicy() {
        RetryPolicy d = RetryPolicy.defaults();
        int max = retries == null ? d.maxRetries() : retries;
        if (max < 0 || max > RetryPolicy.MAX_RETRIES) {
            throw new ParameterException(spec.commandLine(),
                    "--retries must be between 0 and " + RetryPolicy.MAX_RETRIES + ", got " + max);
        }
        try {
            return retryBackoff == null ? new RetryPolicy(max, d.firstBackoff(), d.maxBackoff())
                    : RetryPolicy.parse(max, retryBackoff);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--retry-backoff: " + e.getMessage());
        }
    }
}
