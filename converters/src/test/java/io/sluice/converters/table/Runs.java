package io.sluice.converters.table;

import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.run.RunOptions;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs pipeline text through the local runner into the memory sink, or validates it as {@code sluice validate}
 * does.
 */
public final class Runs {
    static final String ORIGIN = "p.yaml";

    private Runs() {
    }

    public static Pipeline parse(String yaml) {
        Problems problems = new Problems();
        Pipeline p = PipelineYaml.parse(yaml, ORIGIN, Path.of("."), problems);
        problems.throwIfAny();
        return p;
    }

    /** The committed lines of the memory sink named in the pipeline. */
    public static List<String> lines(String yaml, int parallelism) {
        Pipeline p = parse(yaml);
        new LocalRunner(RunOptions.defaults().withParallelism(parallelism)).run(p);
        return MemorySink.lines(String.valueOf(p.sink().get("name")));
    }

    /** Every problem validation finds, as printed. */
    public static List<String> problems(String yaml) throws IOException {
        Problems problems = new Problems();
        Pipeline p = PipelineYaml.parse(yaml, ORIGIN, Path.of("."), problems);
        CompiledPipeline compiled = CompiledPipeline.compile(p, Plugins.installed(), problems);
        try {
            PlannedRun.validate(compiled, problems);
        } finally {
            if (compiled.source() != null) {
                compiled.source().close();
            }
        }
        return problems.list().stream().map(Problem::toString).toList();
    }
}
