package io.sluice.cli;

import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a pipeline file as far as it can and collects every problem at once: the YAML, each plugin's settings,
 * then, for whatever compiled, the source's header (variables that are not in the file) and the plan.
 */
final class PipelineFiles {
    private PipelineFiles() {
    }

    /** The pipeline compiled and planned; throws with every problem found. The source is closed. */
    static PlannedRun plan(Path file) {
        Problems problems = new Problems();
        Pipeline pipeline = PipelineYaml.read(file, problems);
        if (pipeline == null) {
            problems.throwIfAny();
        }
        CompiledPipeline compiled = CompiledPipeline.compile(pipeline, Plugins.installed(), problems);
        try {
            PlannedRun planned = PlannedRun.validate(compiled, problems);
            problems.throwIfAny();
            return planned;
        } finally {
            closeQuietly(compiled);
        }
    }

    private static void closeQuietly(CompiledPipeline compiled) {
        try {
            if (compiled.source() != null) {
                compiled.source().close();
            }
        } catch (IOException | RuntimeException ignored) {
            // the problems found are what matters
        }
    }
}
