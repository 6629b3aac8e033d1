package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import java.util.function.Function;

/**
 * Runs one pipeline to its end and returns its report, or throws when it fails. The scheduler uses the same
 * {@link LocalRunner} as {@code sluice run}.
 *
 * <pre>{@code PipelineLauncher launcher = PipelineLauncher.local(RunOptions.defaults());}</pre>
 */
@FunctionalInterface
public interface PipelineLauncher {

    /** Runs the pipeline as the run {@code runId} and publishes its output. */
    RunReport run(Pipeline pipeline, String runId);

    /** Runs pipelines with a {@link LocalRunner} with the given options. */
    static PipelineLauncher local(RunOptions options) {
        return (pipeline, runId) -> new LocalRunner(options.withRunId(runId)).run(pipeline);
    }

    /**
     * Runs pipelines with a {@link LocalRunner} with the given options, each run also heard by a listener of its
     * own that {@code perRun} makes for it (such as the one writing its run report).
     */
    static PipelineLauncher local(RunOptions options, Function<Pipeline, RunListener> perRun) {
        return (pipeline, runId) -> new LocalRunner(options.withRunId(runId)
                .withListener(RunListener.all(options.listener(), perRun.apply(pipeline)))).run(pipeline);
    }
}
