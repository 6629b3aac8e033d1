package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deliberately broken example yields exactly the four problems its README shows, located. */
class BrokenPipelineExampleIT {

    @Test
    void everyProblemOfTheBrokenExampleIsReportedWithItsPosition() throws Exception {
        Path file = Path.of("broken-pipeline/pipeline.yaml");
        Problems problems = new Problems();
        Pipeline pipeline = PipelineYaml.read(file, problems);
        CompiledPipeline compiled = CompiledPipeline.compile(pipeline, Plugins.installed(), problems);
        try {
            assertThat(PlannedRun.validate(compiled, problems)).isNull();
        } finally {
            compiled.source().close();
        }
        List<String> lines = problems.list().stream().map(Problem::toString).toList();
        assertThat(lines).containsExactly(
                file + ":3:78 source.variables[0]: 'tass' is not in ../../testdata/tas_daily_small.nc; available:"
                        + " tas. Did you mean 'tas'?",
                file + ":4:11 split.type: unknown split type 'seasn'; expected one of month, season, steps, year."
                        + " Did you mean 'season'?",
                file + ":6:19 stages[0].over: 'lat': only reductions over time are supported; expected over: time",
                file + ":7:44 sink.delimiter: 'ab' is not a valid delimiter; expected one character other than a"
                        + " quote or line break, such as ',' or ';' or a tab");
    }
}
