package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet example writes Hive partitions whose values, read back by Sluice, are those of cdo seasmean. */
class SeasonalParquetExampleIT {
    private static final Path FOLDER = Path.of("seasonal-parquet").toAbsolutePath();
    private static final Path CDO = Path.of("../testdata/reference/cdo/tas_daily_small.seasmean.csv");

    @TempDir
    Path out;

    private static Pipeline withSink(Pipeline p, Config sink) {
        Pipeline.Builder b = Pipeline.builder(p.name()).baseDirectory(p.baseDirectory()).source(p.source())
                .split(p.split()).sink(sink);
        p.stages().forEach(b::stage);
        return b.build();
    }

    private static Pipeline withSource(Pipeline p, Config source, Config sink) {
        return Pipeline.builder(p.name()).baseDirectory(p.baseDirectory()).source(source).split(p.split())
                .sink(sink).build();
    }

    @Test
    void partitionedParquetReadsBackToTheValuesOfCdo() throws Exception {
        Pipeline write = PipelineYaml.load(FOLDER.resolve("pipeline.yaml"));
        Pipeline read = PipelineYaml.load(FOLDER.resolve("back-to-csv.yaml"));
        Path dataset = out.resolve("tas");
        new LocalRunner(RunOptions.defaults().withParallelism(2))
                .run(withSink(write, write.sink().with("path", dataset.toString())));
        try (Stream<Path> files = Files.walk(dataset)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> dataset.relativize(f).toString()).sorted())
                    .hasSize(17).startsWith("year=1981/season=DJF/part-00000.parquet")
                    .endsWith("year=1985/season=DJF/part-00000.parquet");
        }
        Path csv = out.resolve("back.csv");
        new LocalRunner(RunOptions.defaults()).run(withSource(read, read.source().with("path", dataset.toString()),
                read.sink().with("path", csv.toString())));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("year,season,lat,lon,tas,count,complete");
        Map<String, Double> cdo = new HashMap<>();
        for (String line : Files.readAllLines(CDO).subList(1, 817)) {
            String[] f = line.split(",");
            cdo.put(f[1] + "," + f[0] + "," + f[2] + "," + f[3], Double.parseDouble(f[5]));
        }
        assertThat(lines).hasSize(1 + cdo.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double expected = cdo.get(f[0] + "," + f[1] + "," + f[2] + "," + f[3]);
            assertThat(Double.parseDouble(f[4])).as(line).isCloseTo(expected, offset(1e-4));
        }
    }
}
