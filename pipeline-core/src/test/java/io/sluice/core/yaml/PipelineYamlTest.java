package io.sluice.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineYamlTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("pipeline.yaml");
        Files.writeString(file, text);
        return file;
    }

    private List<String> problems(String text) throws Exception {
        Problems problems = new Problems();
        PipelineYaml.read(write(text), problems);
        return problems.list().stream().map(Problem::toString).map(s -> s.replace(dir + "/", "")).toList();
    }

    @Test
    void theExamplePipelineReadsIntoTheSameModelAsTheJavaDsl() throws Exception {
        Path file = write("""
                pipeline: tas-seasonal-means
                source: { type: netcdf, path: ../../testdata/tas_daily_small.nc, variables: [tas] }
                split:  { type: season }
                stages:
                  - { type: mean, over: time }
                sink:   { type: csv, path: out/tas_seasonal_means.csv }
                """);
        Pipeline fromYaml = PipelineYaml.load(file);
        Pipeline fromJava = Pipeline.builder("tas-seasonal-means").baseDirectory(dir)
                .source(Config.ofType("netcdf").with("path", "../../testdata/tas_daily_small.nc")
                        .with("variables", List.of("tas")))
                .split(Config.ofType("season"))
                .stage(Config.ofType("mean").with("over", "time"))
                .sink(Config.ofType("csv").with("path", "out/tas_seasonal_means.csv"))
                .build();
        assertThat(fromYaml).isEqualTo(fromJava);
        assertThat(fromYaml.baseDirectory()).isEqualTo(dir.toAbsolutePath());
        assertThat(fromYaml.source().locationOf("variables").toString()).endsWith("pipeline.yaml:2:66");
    }

    @Test
    void theRetriesSectionReadsIntoTheSameModelAsTheJavaDslAndIsLocated() throws Exception {
        Pipeline fromYaml = PipelineYaml.load(write("""
                pipeline: p
                source: { type: netcdf, path: a.nc }
                sink: { type: csv, path: b.csv }
                retries: { max: 5, backoff: 1s..1m }
                """));
        Pipeline fromJava = Pipeline.builder("p").baseDirectory(dir).source(Config.ofType("netcdf").with("path", "a.nc"))
                .sink(Config.ofType("csv").with("path", "b.csv"))
                .retries(Config.empty("").with("max", 5).with("backoff", "1s..1m")).build();
        assertThat(fromYaml).isEqualTo(fromJava);
        assertThat(fromYaml.retries().locationOf("backoff").toString()).endsWith("pipeline.yaml:4:20");
        assertThat(problems("pipeline: p\nsource: { type: x }\nsink: { type: y }\nretries: [1]\n"))
                .containsExactly("pipeline.yaml:4:10 retries: expected a mapping of settings (key: value), got a list");
    }

    @Test
    void everyProblemIsReportedWithLineAndColumn() throws Exception {
        assertThat(problems("""
                pipeline: p
                sourc: { type: netcdf }
                sink: [a, b]
                stages: { type: mean }
                """)).containsExactly(
                "pipeline.yaml:1:1 source: is required: where data comes from, such as '{ type: netcdf, path: data.nc }'",
                "pipeline.yaml:2:1 sourc: unknown key; expected one of pipeline, source, split, stages, sink,"
                        + " schedule, retries. Did you mean 'source'?",
                "pipeline.yaml:3:7 sink: expected a mapping of settings (key: value), got a list",
                "pipeline.yaml:4:9 stages: expected a list of stages, such as '- { type: mean, over: time }',"
                        + " got a mapping");
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        assertThat(problems("""
                pipeline: p
                source: { type: netcdf, path: a.nc, path: b.nc }
                sink: { type: csv, path: o.csv }
                """)).containsExactly("pipeline.yaml:2:37 source.path: duplicate key; each setting may appear once");
    }

    @Test
    void javaTypeTagsAreRejectedNotInstantiated() throws Exception {
        assertThat(problems("""
                pipeline: p
                source: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
                sink: { type: csv, path: !!java.io.File o.csv }
                """)).hasSize(2).allMatch(s -> s.contains("type tags such as"));
    }

    @Test
    void tabsAndSyntaxErrorsPointAtTheirPosition() throws Exception {
        List<String> found = problems("pipeline: p\nsource:\n\t{ type: netcdf }\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("pipeline.yaml:3:1 not valid YAML:");
    }

    @Test
    void aliasBombsAreStopped() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        List<String> found = problems(yaml.toString());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0)).contains("pipeline.yaml");
    }

    @Test
    void anEmptyFileOrADirectoryIsAClearProblem() throws Exception {
        assertThat(problems("")).containsExactly("pipeline.yaml: is empty; expected keys pipeline, source, split,"
                + " stages, sink, schedule, retries");
        Problems problems = new Problems();
        PipelineYaml.read(dir, problems);
        assertThat(problems.list().get(0).message()).contains("is a directory");
    }

    @Test
    void loadThrowsWithAllProblems() throws Exception {
        Path file = write("pipeline: p\n");
        assertThatThrownBy(() -> PipelineYaml.load(file)).isInstanceOfSatisfying(PipelineInvalidException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aScheduleSectionIsKeptAsSettingsWithLocationsAndEqualsTheJavaDsl() throws Exception {
        Path file = write("""
                pipeline: nightly
                schedule: { cron: "0 2 * * *", time-zone: Europe/Berlin, overlap: queue }
                source: { type: netcdf, path: in.nc }
                sink:   { type: csv, path: out.csv }
                """);
        Pipeline fromYaml = PipelineYaml.load(file);
        Pipeline fromJava = Pipeline.builder("nightly").baseDirectory(dir)
                .schedule(Config.empty("").with("cron", "0 2 * * *").with("time-zone", "Europe/Berlin")
                        .with("overlap", "queue"))
                .source(Config.ofType("netcdf").with("path", "in.nc"))
                .sink(Config.ofType("csv").with("path", "out.csv"))
                .build();
        assertThat(fromYaml).isEqualTo(fromJava);
        Config schedule = fromYaml.schedule().orElseThrow();
        assertThat(schedule.path()).isEqualTo("schedule");
        assertThat(schedule.locationOf("overlap").toString()).endsWith("pipeline.yaml:2:58");
        assertThat(fromYaml.withSink(Config.ofType("csv").with("path", "b.csv")).schedule()).contains(schedule);
    }

    @Test
    void aPipelineWithoutScheduleHasNone() throws Exception {
        Pipeline p = PipelineYaml.load(write("pipeline: p\nsource: { type: a }\nsink: { type: b }\n"));
        assertThat(p.schedule()).isEmpty();
        assertThat(p.toMap()).doesNotContainKey("schedule");
        assertThat(problems("pipeline: p\nsource: { type: a }\nsink: { type: b }\nschedule: [a]\n"))
                .containsExactly("pipeline.yaml:4:11 schedule: expected a mapping of settings (key: value), got a list");
    }
}
