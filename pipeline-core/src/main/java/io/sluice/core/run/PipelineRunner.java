package io.sluice.core.run;

import io.sluice.core.model.Pipeline;

/**
 * Runs a pipeline to completion: plans its chunks, processes them, stitches and commits the output.
 *
 * <pre>{@code RunReport report = new LocalRunner(RunOptions.defaults()).run(pipeline);}</pre>
 */
public interface PipelineRunner {

    /**
     * Runs {@code pipeline}. Throws {@link io.sluice.core.config.PipelineInvalidException} for bad settings and
     * {@link RunFailedException} when reading, computing or writing fails; then nothing is published.
     */
    RunReport run(Pipeline pipeline);
}
