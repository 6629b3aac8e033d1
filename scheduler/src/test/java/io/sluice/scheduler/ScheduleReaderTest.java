package io.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule section: every problem with its file, line and column, and the defaults. */
class ScheduleReaderTest {
    @TempDir
    Path dir;

    private List<String> problems(String schedule, String source, String sink) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "pipeline: p\nschedule: " + schedule + "\nsource: " + source + "\nsink: " + sink + "\n");
        Problems problems = new Problems();
        Pipeline pipeline = PipelineYaml.load(file);
        ScheduleReader.read(pipeline, problems);
        return problems.list().stream().map(Problem::toString).map(s -> s.replace(dir + "/", "")).toList();
    }

    @Test
    void everyWrongSettingIsReportedWithItsPosition() throws Exception {
        assertThat(problems("{ cron: '0 25 * * *', time-zone: Europe/Berln, overlap: skp, misfir: skip, jitter: 5x }",
                "{ type: netcdf, path: a.nc }", "{ type: csv, path: o.csv }")).containsExactly(
                "p.yaml:2:13 schedule.cron: '0 25 * * *' is not a valid cron expression: Value 25 not in range"
                        + " [0, 23]; fields are minute hour day-of-month month day-of-week; for example '0 2 * * *'"
                        + " (02:00 every day) or '*/10 * * * * *' (every 10 seconds)",
                "p.yaml:2:33 schedule.time-zone: 'Europe/Berln' is not a time zone; expected a region such as"
                        + " Europe/Berlin, UTC or an offset such as +01:00",
                "p.yaml:2:58 schedule.overlap: 'skp' is not one of skip, queue. Did you mean 'skip'?",
                "p.yaml:2:72 schedule.misfir: unknown key; expected one of type, cron, time-zone, overlap, misfire,"
                        + " jitter, incremental. Did you mean 'misfire'?",
                "p.yaml:2:86 schedule.jitter: '5x' is not a duration; expected a number with s, m, h or d, such as"
                        + " 30s or 5m, or ISO-8601 such as PT5M");
    }

    @Test
    void anIncrementalScheduleNeedsTheInputInTheSourceAndSink() throws Exception {
        assertThat(problems("{ cron: '0 2 * * *', incremental: { files: 'in/*.nc', min-age: 1m, glob: x } }",
                "{ type: netcdf, path: a.nc }", "{ type: csv, path: o.csv }")).containsExactly(
                "p.yaml:2:78 schedule.incremental.glob: unknown key; expected one of type, files, min-age.",
                "p.yaml:3:11 source: an incremental schedule needs ${input} in the source settings, such as"
                        + " 'path: ${input}'",
                "p.yaml:4:9 sink: an incremental schedule runs once per new file and needs ${input.stem} or"
                        + " ${input.name} in the sink settings, such as 'path: out/${input.stem}.csv', so that each"
                        + " input gets its own output");
        assertThat(problems("{ cron: '0 2 * * *' }", "{ type: netcdf, path: '${input}' }",
                "{ type: csv, path: 'o/${input.stem}.csv' }")).containsExactly("p.yaml:2:11 schedule: the pipeline"
                + " uses ${input} but the schedule has no incremental block; add 'incremental: { files: \"in/*.nc\" }'");
    }

    @Test
    void defaultsAreSkipSkipNoJitterAndTheMachinesZone() throws Exception {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, "pipeline: d\nschedule: { cron: '*/5 * * * *' }\nsource: { type: a }\nsink: { type: b }\n");
        Problems problems = new Problems();
        Schedule s = ScheduleReader.read(PipelineYaml.load(file), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(s.overlap()).isEqualTo(OverlapPolicy.SKIP);
        assertThat(s.misfire()).isEqualTo(MisfirePolicy.SKIP);
        assertThat(s.jitter()).isEqualTo(Duration.ZERO);
        assertThat(s.fireTimes().zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(s.incrementalInput()).isEmpty();
    }

    @Test
    void durationsAreWrittenShortOrInIso() {
        assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void theJavaDslBuildsTheSameScheduleAsTheYaml() throws Exception {
        Path file = dir.resolve("n.yaml");
        Files.writeString(file, """
                pipeline: n
                schedule:
                  cron: "0 2 * * *"
                  time-zone: Europe/Berlin
                  overlap: queue
                  misfire: run-once
                  jitter: 30s
                  incremental: { files: "incoming/*.nc", min-age: 1m }
                source: { type: netcdf, path: "${input}" }
                sink: { type: csv, path: "out/${input.stem}.csv" }
                """);
        Pipeline fromJava = Pipeline.builder("n").baseDirectory(dir)
                .schedule(ScheduleSettings.cron("0 2 * * *").timeZone("Europe/Berlin").overlap(OverlapPolicy.QUEUE)
                        .misfire(MisfirePolicy.RUN_ONCE).jitter("30s").incremental("incoming/*.nc", "1m"))
                .source(io.sluice.core.config.Config.ofType("netcdf").with("path", "${input}"))
                .sink(io.sluice.core.config.Config.ofType("csv").with("path", "out/${input.stem}.csv"))
                .build();
        assertThat(fromJava).isEqualTo(PipelineYaml.load(file));
        Problems problems = new Problems();
        Schedule s = ScheduleReader.read(fromJava, problems);
        assertThat(problems.list()).isEmpty();
        assertThat(s.incremental()).isEqualTo(new IncrementalInput("incoming/*.nc", Duration.ofMinutes(1)));
        assertThat(s.fireTimes().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.jitter()).isEqualTo(Duration.ofSeconds(30));
    }
}
