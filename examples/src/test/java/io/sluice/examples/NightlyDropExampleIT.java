package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.yaml.PipelineYaml;
import io.sluice.scheduler.PipelineLauncher;
import io.sluice.scheduler.RunHistory;
import io.sluice.scheduler.RunRecord;
import io.sluice.scheduler.Scheduler;
import io.sluice.scheduler.StateDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly-drop example under the scheduler, on a clock the test sets: the night of 29 March 2026, when
 * 02:00 does not exist in Europe/Berlin and the 02:00 run fires at 03:00 summer time (01:00 UTC; checked with
 * {@code TZ=Europe/Berlin date -d @$(date -d 2026-03-29T01:00:00Z +%s)}, which prints 03:00:00 CEST).
 */
class NightlyDropExampleIT {
    private static final Path EXAMPLES = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    /** A clock that stays where the test puts it. */
    private static final class SetClock extends Clock {
        private Instant now;

        SetClock(String start) {
            now = Instant.parse(start);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theNightlyRunConvertsTheDroppedFileOnceAndWritesWhatTheSeasonalMeansExampleWrites() throws Exception {
        Files.copy(EXAMPLES.resolve("nightly-drop/pipeline.yaml"), dir.resolve("pipeline.yaml"));
        Path dropped = Files.createDirectories(dir.resolve("incoming")).resolve("tas_daily_small.nc");
        Files.copy(EXAMPLES.resolve("../testdata/tas_daily_small.nc"), dropped);
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.parse("2026-03-28T12:00:00Z")));
        SetClock clock = new SetClock("2026-03-28T23:00:00Z");       // midnight in Berlin
        Scheduler scheduler = Scheduler.builder(StateDirectory.at(dir.resolve(".sluice"))).watch(List.of(dir))
                .clock(clock).executor(Runnable::run).launcher(PipelineLauncher.local(RunOptions.defaults())).build();
        try {
            scheduler.tick();
            clock.now = Instant.parse("2026-03-29T00:59:59Z");       // 01:59:59 CET
            scheduler.tick();
            assertThat(RunHistory.of(scheduler.state()).runs(null)).isEmpty();
            clock.now = Instant.parse("2026-03-29T01:00:00Z");       // 03:00 CEST
            scheduler.tick();
            clock.now = Instant.parse("2026-03-30T00:00:00Z");       // 02:00 CEST the next night: nothing new
            scheduler.tick();
        } finally {
            scheduler.close();
        }
        List<RunRecord> runs = RunHistory.of(StateDirectory.at(dir.resolve(".sluice"))).runs("nightly-drop");
        assertThat(runs).extracting(RunRecord::fire).containsExactly(Instant.parse("2026-03-29T01:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"));
        assertThat(runs).extracting(RunRecord::status).containsOnly(RunRecord.SUCCEEDED);
        assertThat(runs).extracting(RunRecord::inputs).containsExactly(1L, 0L);
        assertThat(runs.get(0).rows()).isEqualTo(17 * 48);

        Pipeline seasonalMeans = PipelineYaml.load(EXAMPLES.resolve("seasonal-means/pipeline.yaml"));
        Path expected = dir.resolve("expected.csv");
        new LocalRunner(RunOptions.defaults()).run(seasonalMeans.withSink(seasonalMeans.sink()
                .with("path", expected.toString())));
        assertThat(Files.readAllBytes(dir.resolve("out/tas_daily_small_seasonal_means.csv")))
                .isEqualTo(Files.readAllBytes(expected));
    }
}
