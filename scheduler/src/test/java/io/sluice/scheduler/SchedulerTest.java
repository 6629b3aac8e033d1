package io.sluice.scheduler;

import io.sluice.core.run.RunIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scheduler on a clock the test moves: overlap, misfire, restarts, two schedulers, changing files. */
class SchedulerTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-05-04T10:00:30Z");
    private final ManualExecutor executor = new ManualExecutor();
    private final RecordingLauncher launcher = new RecordingLauncher();
    @RegisterExtension
    final LogLines log = new LogLines();

    private Path pipeline(String name, String schedule) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "pipeline: " + name + "\nschedule: " + schedule
                + "\nsource: { type: fake-grid }\nsink: { type: memory }\n");
        return file;
    }

    private Scheduler scheduler() {
        return Scheduler.builder(StateDirectory.at(dir.resolve(".sluice"))).watch(List.of(dir)).clock(clock)
                .executor(executor).launcher(launcher).build();
    }

    private List<Instant> fires() {
        return RunHistory.of(StateDirectory.at(dir.resolve(".sluice"))).runs(null).stream().map(RunRecord::fire)
                .toList();
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2026-05-04T" + hhmm + ":00Z");
    }

    private void minute(Scheduler s) {
        clock.advance(Duration.ofMinutes(1));
        s.tick();
    }

    @Test
    void aRunLongerThanAMinuteIsNeverOverlappedAndTheFiresDuringItAreSkipped() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC, overlap: skip }");
        Scheduler s = scheduler();
        s.tick();
        assertThat(s.pipelines()).containsExactly("p");
        minute(s);                                 // 10:01:30: fire 10:01 starts a run that takes 2.5 minutes
        assertThat(s.running()).isEqualTo(1);
        minute(s);                                 // 10:02 skipped
        minute(s);                                 // 10:03 skipped
        assertThat(s.running()).isEqualTo(1);
        executor.runNext();                        // the long run ends at 10:03:30
        assertThat(s.running()).isZero();
        minute(s);                                 // 10:04 runs
        executor.runAll();
        assertThat(fires()).containsExactly(at("10:01"), at("10:04"));
        FireLog fireLog = FireLog.of(s.state());
        assertThat(fireLog.count("p", FireLog.SKIPPED_OVERLAP)).isEqualTo(2);
        assertThat(log).anyMatch(l -> l.contains("fire time 2026-05-04T10:02:00Z skipped: the previous run is still going"));
    }

    @Test
    void withOverlapQueueTheFiresWaitAndRunOneAfterAnother() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC, overlap: queue }");
        Scheduler s = scheduler();
        s.tick();
        minute(s);
        minute(s);
        minute(s);
        assertThat(s.running()).isEqualTo(1);
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(s.nextWakeUp()).contains(at("10:04"));   // the waiting fires start when the run ends
        executor.runNext();                        // the end of the first run starts the next waiting fire
        assertThat(s.running()).isEqualTo(1);
        executor.runAll();
        assertThat(fires()).containsExactly(at("10:01"), at("10:02"), at("10:03"));
        assertThat(s.running()).isZero();
    }

    @ParameterizedTest(name = "misfire: {0}")
    @CsvSource({"skip, '', 4", "run-once, 10:05, 3", "catch-up, 10:02 10:03 10:04 10:05, 0"})
    void afterTheSchedulerWasStoppedForFourMinutesTheMisfirePolicyIsAppliedExactly(String policy, String caughtUp,
                                                                                  long missed) throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC, overlap: skip, misfire: " + policy + " }");
        Scheduler first = scheduler();
        first.tick();
        minute(first);                             // 10:01 fires
        executor.runAll();
        first.close();                             // stopped at 10:01:30
        clock.set("2026-05-04T10:05:30Z");        // 10:02, 10:03, 10:04, 10:05 pass with no scheduler
        Scheduler second = scheduler();
        second.tick();
        executor.runAll();
        minute(second);                            // 10:06 is on time again
        executor.runAll();
        List<Instant> expected = new ArrayList<>(List.of(at("10:01")));
        for (String t : caughtUp.isBlank() ? new String[0] : caughtUp.split(" ")) {
            expected.add(at(t));
        }
        expected.add(at("10:06"));
        assertThat(fires()).containsExactlyElementsOf(expected);
        assertThat(FireLog.of(second.state()).count("p", FireLog.MISSED)).isEqualTo(missed);
    }

    @Test
    void aFireTimeAlreadyStartedIsNotStartedAgainAfterARestart() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC, misfire: catch-up }");
        Scheduler first = scheduler();
        first.tick();
        minute(first);                             // 10:01 starts, then the scheduler stops
        first.close();
        executor.runAll();
        clock.advance(Duration.ofSeconds(10));
        Scheduler second = scheduler();
        second.tick();
        executor.runAll();
        assertThat(fires()).containsExactly(at("10:01"));
    }

    @Test
    void twoSchedulersOnOneStateDirectoryFireEachRunOnceAndTheSecondTakesOverWhenTheFirstStops() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC, misfire: run-once }");
        Scheduler a = scheduler();
        Scheduler b = scheduler();
        a.tick();
        b.tick();
        assertThat(a.holdsLock()).isTrue();
        assertThat(b.holdsLock()).isFalse();
        for (int i = 0; i < 3; i++) {              // 10:01, 10:02, 10:03
            clock.advance(Duration.ofMinutes(1));
            a.tick();
            b.tick();
            executor.runAll();
        }
        a.close();
        for (int i = 0; i < 2; i++) {              // 10:04, 10:05: b takes over at once
            clock.advance(Duration.ofMinutes(1));
            b.tick();
            a.tick();
            executor.runAll();
        }
        assertThat(b.holdsLock()).isTrue();
        assertThat(fires()).containsExactly(at("10:01"), at("10:02"), at("10:03"), at("10:04"), at("10:05"));
        assertThat(log).anyMatch(l -> l.startsWith("waiting: ") && l.contains("used by another scheduler"));
    }

    @Test
    void aFailingPipelineIsRecordedAndRunsAgainAtTheNextFireTime() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC }");
        launcher.failWhen = p -> launcher.runs.size() == 1;
        Scheduler s = scheduler();
        s.tick();
        minute(s);
        executor.runAll();
        minute(s);
        executor.runAll();
        List<RunRecord> runs = RunHistory.of(s.state()).runs("p");
        assertThat(runs).extracting(RunRecord::status).containsExactly(RunRecord.FAILED, RunRecord.SUCCEEDED);
        assertThat(runs).extracting(RunRecord::retries).containsExactly(0L, 1L);
        assertThat(runs.get(0).message()).isEqualTo("p: read failed: unexpected end of file");
        assertThat(Files.readString(Path.of(runs.get(0).report()))).contains("failed: p: read failed");
        assertThat(log).anyMatch(l -> l.startsWith("run " + runs.get(0).id() + " p: failed"));
    }

    @Test
    void addedChangedAndRemovedFilesTakeEffectWithoutARestart() throws Exception {
        Scheduler s = scheduler();
        s.tick();
        assertThat(s.pipelines()).isEmpty();
        Path file = pipeline("p", "{ cron: '*/2 * * * *', time-zone: UTC }");
        s.tick();                                  // 10:00:30: added
        minute(s);                                 // 10:01: no fire
        minute(s);                                 // 10:02 fires
        executor.runAll();
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC }");
        minute(s);                                 // 10:03 fires with the changed expression
        executor.runAll();
        Files.writeString(file, "pipeline: p\nschedule: { cron: '61 * * * *' }\nsource: { type: x }\nsink: { type: y }\n");
        minute(s);                                 // invalid change: reported, the previous version keeps firing
        executor.runAll();
        Files.delete(file);
        minute(s);
        minute(s);
        executor.runAll();
        assertThat(s.pipelines()).isEmpty();
        assertThat(fires()).containsExactly(at("10:02"), at("10:03"), at("10:04"));
        assertThat(log).anyMatch(l -> l.contains("schedule.cron: '61 * * * *' is not a valid cron expression"))
                .anyMatch(l -> l.endsWith("keeping the version loaded before until the file is fixed"))
                .anyMatch(l -> l.endsWith("removed; its pipeline is no longer scheduled"));
    }

    @Test
    void jitterDelaysEachRunByTheSameAmountInEveryScheduler() throws Exception {
        pipeline("p", "{ cron: '0 * * * *', time-zone: UTC, jitter: 10m }");
        Schedule schedule = ScheduleReader.read(io.sluice.core.yaml.PipelineYaml.load(dir.resolve("p.yaml")),
                new io.sluice.core.config.Problems());
        Duration delay = schedule.delayFor("p", at("11:00"));
        assertThat(delay).isBetween(Duration.ZERO, Duration.ofMinutes(10).minusMillis(1))
                .isEqualTo(schedule.delayFor("p", at("11:00")));
        Scheduler s = scheduler();
        s.tick();
        clock.set("2026-05-04T11:00:00Z");
        s.tick();
        assertThat(s.running()).isZero();
        clock.set(at("11:00").plus(delay).toString());
        s.tick();
        assertThat(s.running()).isEqualTo(1);
    }

    @Test
    void aRunLeftRunningByADeadSchedulerIsMarkedInterruptedByTheNextOne() throws Exception {
        pipeline("p", "{ cron: '* * * * *', time-zone: UTC }");
        Scheduler first = scheduler();
        first.tick();
        minute(first);                             // starts, and the process "dies": the run never ends
        first.close();
        Scheduler second = scheduler();
        second.tick();
        RunRecord r = RunHistory.of(second.state()).runs("p").get(0);
        assertThat(r.status()).isEqualTo(RunRecord.INTERRUPTED);
        assertThat(Map.of("ended", r.ended())).containsEntry("ended", clock.instant());
    }

    @Test
    void catchUpQueuesTheNewestThousandMissedFireTimesAndRecordsTheRestAsMissed() throws Exception {
        pipeline("p", "{ cron: '* * * * * *', time-zone: UTC, misfire: catch-up }");
        Scheduler first = scheduler();
        first.tick();                              // registered at 10:00:30 less a nanosecond; 10:00:30 starts
        first.close();
        StateDirectory state = StateDirectory.at(dir.resolve(".sluice"));
        ScheduledPipeline p = new PipelineWatch(List.of(dir)).scan().get("p");
        Instant now = Instant.parse("2026-05-04T11:00:30Z");  // 3599 fire times, 10:00:31 .. 11:00:29, passed
        PipelineSlot slot = new PipelineSlot(p, now.minusNanos(1));
        MissedFires.of(FireLog.of(state)).apply(slot, now);
        assertThat(slot.waiting).hasSize(1000);
        assertThat(slot.waiting.peekFirst().fire()).isEqualTo(Instant.parse("2026-05-04T10:43:50Z")); // 11:00:29 - 999 s
        assertThat(slot.waiting.peekLast().fire()).isEqualTo(Instant.parse("2026-05-04T11:00:29Z"));
        assertThat(slot.waiting).allMatch(f -> f.mustRun() && f.due().equals(now));
        assertThat(FireLog.of(state).count("p", FireLog.MISSED)).isEqualTo(3599 - 1000);
        assertThat(FireLog.of(state).lastHandled("p")).contains(Instant.parse("2026-05-04T10:43:49Z"));
    }

    @Test
    void runIdsMadeInTheSameSecondNeverRepeat() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RunIds.next(clock.instant()));
        }
        assertThat(ids).hasSize(10_000).allMatch(id -> id.matches("20260504-100030-[0-9a-f]{6}"));
    }

    @Test
    void aFileRemovedAndRestoredDuringItsRunDoesNotStartASecondRunAtOnce() throws Exception {
        Path file = pipeline("p", "{ cron: '* * * * *', time-zone: UTC, overlap: skip }");
        String text = Files.readString(file);
        Scheduler s = scheduler();
        s.tick();
        minute(s);                                 // 10:01 starts a long run
        Files.delete(file);
        minute(s);                                 // 10:02: the file is gone
        assertThat(s.pipelines()).isEmpty();
        Files.writeString(file, text);
        minute(s);                                 // 10:03: back, but its run is still going
        assertThat(s.running()).isEqualTo(1);
        executor.runAll();
        minute(s);                                 // 10:04 runs
        executor.runAll();
        assertThat(fires()).containsExactly(at("10:01"), at("10:04"));
    }
}
