package io.sluice.cli;

import io.sluice.core.config.Config;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYaml;
import io.sluice.scheduler.IncrementalInput;
import io.sluice.scheduler.InputBinding;
import io.sluice.scheduler.InputFile;
import io.sluice.scheduler.Schedule;
import io.sluice.scheduler.ScheduleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a pipeline file as far as it can and collects every problem at once: the YAML, its schedule, each
 * plugin's settings, then, for whatever compiled, the source's header (variables that are not in the file) and
 * the plan.
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
        Schedule schedule = ScheduleReader.read(pipeline, problems);
        if (schedule != null && schedule.incrementalInput().isPresent()) {
            pipeline = withSampleInput(pipeline, schedule.incremental(), problems);
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

    /** An incremental pipeline is checked with its last matching input file bound to ${input}. */
    private static Pipeline withSampleInput(Pipeline pipeline, IncrementalInput input, Problems problems) {
        List<InputFile> files = input.matching(pipeline.baseDirectory());
        if (files.isEmpty()) {
            Config block = (Config) pipeline.schedule().orElseThrow().get("incremental");
            problems.add(block.locationOf("files"), block.childPath("files"), "no file matches '" + input.glob()
                    + "' yet, so the source cannot be checked; the pipeline is checked with the last matching file");
            return pipeline;
        }
        return InputBinding.bind(pipeline, files.get(files.size() - 1));
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
