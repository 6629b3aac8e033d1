package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's YAML and Java DSL forms are the same pipeline and write the same file. */
class SeasonalMeansExampleIT {
    private static final Path FOLDER = Path.of("seasonal-means").toAbsolutePath();

    @TempDir
    Path out;

    @Test
    void yamlAndJavaDslBuildTheSamePipelineAndWriteTheSameOutput() throws Exception {
        Pipeline fromYaml = PipelineYaml.load(FOLDER.resolve("pipeline.yaml"));
        Pipeline fromJava = SeasonalMeans.pipeline(FOLDER, "out/tas_seasonal_means.csv");
        assertThat(fromJava).isEqualTo(fromYaml);

        Path yamlOut = out.resolve("yaml.csv");
        Path javaOut = out.resolve("java.csv");
        RunReport yamlReport = new LocalRunner(RunOptions.defaults().withParallelism(1))
                .run(rewriteSink(fromYaml, yamlOut));
        RunReport javaReport = new LocalRunner(RunOptions.defaults().withParallelism(4))
                .run(SeasonalMeans.pipeline(FOLDER, javaOut.toString()));

        assertThat(Files.readAllBytes(javaOut)).isEqualTo(Files.readAllBytes(yamlOut));
        List<String> lines = Files.readAllLines(yamlOut);
        assertThat(lines.get(0)).isEqualTo("season,year,lat,lon,tas,count,complete");
        // 17 seasons (1981-01-01 .. 1984-12-31: DJF-1981 .. DJF-1985) x 6 x 8 cells
        assertThat(lines).hasSize(1 + 17 * 48);
        assertThat(lines.get(1)).startsWith("DJF,1981,").endsWith(",59,false");
        assertThat(lines.get(1 + 48)).startsWith("MAM,1981,").endsWith(",92,true");
        assertThat(lines.get(lines.size() - 1)).startsWith("DJF,1985,").endsWith(",31,false");
        assertThat(yamlReport.chunks()).hasSize(17);
        assertThat(javaReport.rowsWritten()).isEqualTo(17 * 48);
    }

    private static Pipeline rewriteSink(Pipeline p, Path target) {
        return Pipeline.builder(p.name()).baseDirectory(p.baseDirectory()).source(p.source()).split(p.split())
                .stage(p.stages().get(0)).sink(p.sink().with("path", target.toString())).build();
    }
}
