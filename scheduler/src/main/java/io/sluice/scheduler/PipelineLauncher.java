package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;

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
}
