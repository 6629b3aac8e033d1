package io.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A nightly pipeline with incremental input converts each file once, and retries a failed one. */
class IncrementalRunTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-05-04T10:00:00Z");
    private final ManualExecutor executor = new ManualExecutor();
    private final RecordingLauncher launcher = new RecordingLauncher();
    @RegisterExtension
    final LogLines log = new LogLines();
    private Scheduler scheduler;

    @BeforeEach
    void nightlyPipeline() throws Exception {
        Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(dir.resolve("nightly.yaml"), """
                pipeline: nightly
                schedule:
                  cron: "0 2 * * *"
                  time-zone: UTC
                  incremental: { files: "incoming/*.nc", min-age: 1m }
                source: { type: netcdf, path: "${input}" }
                sink: { type: csv, path: "out/${input.stem}.csv" }
                """);
        scheduler = Scheduler.builder(StateDirectory.at(dir.resolve(".sluice"))).watch(List.of(dir)).clock(clock)
                .executor(executor).launcher(launcher).build();
        scheduler.tick();
    }

    private Path drop(String name, String content) throws Exception {
        Path f = dir.resolve("incoming").resolve(name);
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(clock.instant()));
        return f;
    }

    private void night() {
        clock.set(clock.instant().plus(Duration.ofDays(1)).toString().substring(0, 11) + "02:00:00Z");
        scheduler.tick();
        executor.runAll();
    }

    private List<String> converted() {
        return launcher.sourcePaths().stream().map(p -> Path.of(p).getFileName().toString()).toList();
    }

    @Test
    void eachNightConvertsOnlyTheFilesItHasNotConvertedBefore() throws Exception {
        drop("a.nc", "a\n");
        drop("b.nc", "b1\nb2\n");
        Files.writeString(dir.resolve("incoming/notes.txt"), "not an input");
        night();
        assertThat(converted()).containsExactly("a.nc", "b.nc");
        assertThat(Files.readString(dir.resolve("out/a.csv"))).isEqualTo("a\n");
        assertThat(Files.readString(dir.resolve("out/b.csv"))).isEqualTo("b1\nb2\n");
        night();                                   // nothing new
        drop("c.nc", "c\n");
        night();
        assertThat(converted()).containsExactly("a.nc", "b.nc", "c.nc");
        List<RunRecord> runs = RunHistory.of(scheduler.state()).runs("nightly");
        assertThat(runs).extracting(RunRecord::inputs).containsExactly(2L, 0L, 1L);
        assertThat(runs).extracting(RunRecord::rows).containsExactly(3L, 0L, 1L);
        assertThat(runs).extracting(RunRecord::status).containsOnly(RunRecord.SUCCEEDED);
    }

    @Test
    void aFailedFileIsRetriedAtTheNextFireTimeWithoutRedoingOrLosingTheOthers() throws Exception {
        drop("a.nc", "a\n");
        drop("b.nc", "b\n");
        drop("c.nc", "c\n");
        launcher.failWhen = p -> String.valueOf(p.source().get("path")).endsWith("b.nc") && launcher.runs.size() < 3;
        night();
        assertThat(dir.resolve("out/b.csv")).doesNotExist();
        assertThat(dir.resolve("out")).isDirectoryContaining("glob:**/a.csv").isDirectoryContaining("glob:**/c.csv");
        night();
        assertThat(converted()).containsExactly("a.nc", "b.nc", "c.nc", "b.nc");
        assertThat(Files.readString(dir.resolve("out/b.csv"))).isEqualTo("b\n");
        List<RunRecord> runs = RunHistory.of(scheduler.state()).runs("nightly");
        assertThat(runs).extracting(RunRecord::status).containsExactly(RunRecord.FAILED, RunRecord.SUCCEEDED);
        assertThat(runs).extracting(RunRecord::inputs).containsExactly(2L, 1L);
        assertThat(runs.get(0).message()).endsWith("b.nc: read failed: unexpected end of file");
        assertThat(runs.get(1).retries()).isEqualTo(1);
        assertThat(ProcessedFiles.of(scheduler.state(), "nightly").size()).isEqualTo(3);
    }

    @Test
    void aFileReplacedWithNewContentIsConvertedAgainAndAFileStillBeingWrittenWaits() throws Exception {
        Path a = drop("a.nc", "a\n");
        night();
        Files.writeString(a, "a, second delivery\n");
        Files.setLastModifiedTime(a, FileTime.from(clock.instant().plusSeconds(5)));
        drop("b.nc", "b\n");
        Files.setLastModifiedTime(dir.resolve("incoming/b.nc"), FileTime.from(Instant.parse(
                clock.instant().plus(Duration.ofDays(1)).toString().substring(0, 11) + "01:59:30Z")));
        night();                                   // b.nc changed 30 s before the fire: younger than min-age
        assertThat(converted()).containsExactly("a.nc", "a.nc");
        assertThat(Files.readString(dir.resolve("out/a.csv"))).isEqualTo("a, second delivery\n");
        night();
        assertThat(converted()).containsExactly("a.nc", "a.nc", "b.nc");
    }

    @Test
    void aShutdownDuringARunConvertsNoFurtherFileAndTheNextSchedulerTakesTheRest() throws Exception {
        drop("a.nc", "a\n");
        drop("b.nc", "b\n");
        PipelineLauncher converting = launcher;
        PipelineLauncher stopAfterFirst = (p, id) -> {
            var report = converting.run(p, id);
            scheduler.abort();                     // SIGTERM arrives while a.nc is being converted
            return report;
        };
        Scheduler stopping = Scheduler.builder(StateDirectory.at(dir.resolve(".sluice"))).watch(List.of(dir))
                .clock(clock).executor(executor).launcher(stopAfterFirst).build();
        scheduler.close();
        scheduler = stopping;
        stopping.tick();
        night();
        stopping.close();
        List<RunRecord> runs = RunHistory.of(stopping.state()).runs("nightly");
        assertThat(runs).extracting(RunRecord::status).containsExactly(RunRecord.ABORTED);
        assertThat(runs.get(0).message()).endsWith("b.nc: not converted: the scheduler is stopping");
        assertThat(dir.resolve("out/b.csv")).doesNotExist();

        scheduler = Scheduler.builder(StateDirectory.at(dir.resolve(".sluice"))).watch(List.of(dir)).clock(clock)
                .executor(executor).launcher(launcher).build();
        scheduler.tick();
        night();
        assertThat(converted()).containsExactly("a.nc", "b.nc");
        assertThat(RunHistory.of(scheduler.state()).runs("nightly")).extracting(RunRecord::retries)
                .containsExactly(0L, 1L);
    }

    @Test
    void byHandTheNewFilesAreConvertedAtOnceUnlessASchedulerHoldsTheStateDirectory() throws Exception {
        drop("a.nc", "a\n");
        StateDirectory state = StateDirectory.at(dir.resolve(".sluice"));
        ScheduledPipeline nightly = new PipelineWatch(List.of(dir)).scan().get("nightly");
        ManualRun manual = ManualRun.of(state, clock);
        assertThatThrownBy(() -> manual.runIncremental(nightly, launcher))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is used by a scheduler (process");
        scheduler.close();
        clock.advance(Duration.ofMinutes(2));     // past min-age
        RunRecord first = manual.runIncremental(nightly, launcher);
        RunRecord second = manual.runIncremental(nightly, launcher);
        assertThat(first.status()).isEqualTo(RunRecord.SUCCEEDED);
        assertThat(first.trigger()).isEqualTo("manual");
        assertThat(first.inputs()).isEqualTo(1);
        assertThat(second.inputs()).isZero();
        assertThat(converted()).containsExactly("a.nc");
        assertThat(log).anyMatch(l -> l.equals("run " + first.id() + " nightly: started by hand"));
    }
}
