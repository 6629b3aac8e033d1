package io.sluice.cli;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a pipeline file as far as it can, collecting every problem: the YAML, each plugin's settings, then
 * the source's header (variables that are not in the file) and the plan.
 */
final class PipelineFiles {
    private PipelineFiles() {
    }

    /** The pipeline compiled and planned; throws with every problem found at the first stage that had any. */
    static PlannedRun plan(Path file) throws IOException {
        Problems problems = new Problems();
        Pipeline pipeline = PipelineYaml.read(file, problems);
        CompiledPipeline compiled = null;
        if (pipeline != null) {
            try {
                compiled = CompiledPipeline.compile(pipeline, Plugins.installed());
            } catch (PipelineInvalidException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        try {
            return PlannedRun.of(compiled);
        } catch (IOException | RuntimeException e) {
            closeQuietly(compiled);
            throw e;
        }
    }

    static void closeQuietly(CompiledPipeline compiled) {
        try {
            compiled.source().close();
        } catch (IOException | RuntimeException ignored) {
            // the original problem is what matters
        }
    }
}
