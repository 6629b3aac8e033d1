package io.sluice.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Printed pipelines read back into equal pipelines, whatever text their settings hold. */
class PipelineYamlPrinterTest {
    private static final Path FOLDER = Path.of("").toAbsolutePath();

    private static Pipeline roundTrip(Pipeline p) {
        Problems problems = new Problems();
        Pipeline back = PipelineYaml.parse(PipelineYamlPrinter.print(p), "printed.yaml", FOLDER, problems);
        assertThat(problems.list()).isEmpty();
        return back;
    }

    @Test
    void settingsOfEveryKindSurviveTheRoundTrip() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("a", "x > 1, y < 2");
        columns.put("b", "'quoted' and \"double\"");
        columns.put("2001", "2001");
        columns.put("t", "true");
        columns.put("colon", "k: v # not a comment");
        Pipeline p = Pipeline.builder("round trip").baseDirectory(FOLDER)
                .source(Config.ofType("netcdf").with("path", "data/a b.nc").with("variables", List.of("tas", "1")))
                .split(Config.ofType("steps").with("size", 365L))
                .stage(Config.ofType("derive").with("columns", columns))
                .stage(Config.ofType("filter").with("where", "- x >= -1.5e3 or name == '{[,]}'"))
                .stage(Config.ofType("other").with("ratio", 0.1).with("flag", false).with("empty", ""))
                .sink(Config.ofType("csv").with("path", "out/x.csv").with("null", "NA").with("delimiter", "\t"))
                .build();
        assertThat(roundTrip(p)).isEqualTo(p);
    }

    @Test
    void aPipelineWithoutStagesPrintsAnEmptyList() {
        Pipeline p = Pipeline.builder("plain").baseDirectory(FOLDER).source(Config.ofType("netcdf"))
                .sink(Config.ofType("csv")).build();
        assertThat(PipelineYamlPrinter.print(p)).contains("stages: []");
        assertThat(roundTrip(p)).isEqualTo(p);
    }
}
