package io.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.RunFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The state directory's files: JSON lines, history, the lock, manual runs. */
class StateFilesTest {
    @RegisterExtension
    final LogLines log = new LogLines();
    @TempDir
    Path dir;

    @Test
    void jsonLinesRoundTripTextWithQuotesAndLineBreaks() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message", "a \"quoted\"\nline\\with\ttab");
        m.put("rows", 12L);
        m.put("ok", true);
        m.put("report", null);
        String line = JsonLine.write(m);
        assertThat(line).isEqualTo("{\"message\":\"a \\\"quoted\\\"\\nline\\\\with\\ttab\",\"rows\":12,\"ok\":true,"
                + "\"report\":null}");
        assertThat(JsonLine.read(line)).isEqualTo(m);
    }

    @Test
    void aLineCutShortByACrashIsIgnored() throws Exception {
        StateDirectory state = StateDirectory.at(dir);
        state.append("h.jsonl", Map.of("run", "a"));
        Files.writeString(dir.resolve("h.jsonl"), "{\"run\":\"b\",\"sta", StandardOpenOption.APPEND);
        assertThat(state.read("h.jsonl")).containsExactly(Map.of("run", "a"));
    }

    @Test
    void historyMergesStartAndEndAndCountsRetriesAfterFailures() {
        RunHistory h = RunHistory.of(StateDirectory.at(dir));
        Instant t = Instant.parse("2026-05-04T10:00:00Z");
        h.start("r1", "p", "schedule", t, t);
        h.end("r1", t.plusSeconds(5), RunRecord.FAILED, 0, 0, 0, null, "boom");
        h.start("r2", "p", "manual", null, t.plusSeconds(60));
        h.end("r2", t.plusSeconds(70), RunRecord.FAILED, 0, 0, 0, null, "boom");
        RunRecord third = h.start("r3", "p", "schedule", t.plusSeconds(120), t.plusSeconds(120));
        h.start("x1", "other", "manual", null, t);
        assertThat(third.retries()).isEqualTo(2);
        List<RunRecord> runs = h.runs("p");
        assertThat(runs).extracting(RunRecord::id).containsExactly("r1", "r2", "r3");
        assertThat(runs.get(0).elapsed()).hasSeconds(5);
        assertThat(runs.get(2).status()).isEqualTo(RunRecord.RUNNING);
        assertThat(h.runs(null)).hasSize(4);
    }

    @Test
    void onlyOneLockHolderAtATimeAndTheLockIsFreeAfterRelease() {
        StateDirectory state = StateDirectory.at(dir);
        SchedulerLock a = SchedulerLock.in(state);
        SchedulerLock b = SchedulerLock.in(state);
        assertThat(a.tryAcquire()).isTrue();
        assertThat(b.tryAcquire()).isFalse();
        assertThat(b.holder()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        a.release();
        assertThat(b.tryAcquire()).isTrue();
        b.release();
    }

    @Test
    void aManualRunIsRecordedWhetherItSucceedsOrFails() {
        StateDirectory state = StateDirectory.at(dir.resolve(".sluice"));
        TestClock clock = new TestClock("2026-05-04T10:00:00Z");
        Pipeline p = Pipeline.builder("p").baseDirectory(dir).source(Config.ofType("fake-grid"))
                .sink(Config.ofType("memory").with("path", "o.csv")).build();
        ManualRun.of(state, clock).run(p, new RecordingLauncher());
        RecordingLauncher failing = new RecordingLauncher();
        failing.failWhen = x -> true;
        assertThatThrownBy(() -> ManualRun.of(state, clock).run(p, failing))
                .isInstanceOf(RunFailedException.class);
        List<RunRecord> runs = RunHistory.of(state).runs("p");
        assertThat(runs).extracting(RunRecord::status).containsExactly(RunRecord.SUCCEEDED, RunRecord.FAILED);
        assertThat(runs).extracting(RunRecord::trigger).containsOnly("manual");
        assertThat(runs.get(0).chunks()).isEqualTo(1);
        assertThat(Path.of(runs.get(0).report())).exists();
        assertThat(runs.get(1).message()).isEqualTo("p: read failed: unexpected end of file");
        assertThat(log).isEmpty();
    }

    @Test
    void aHistoryThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        Pipeline p = Pipeline.builder("p").source(Config.ofType("a")).sink(Config.ofType("b")).build();
        ManualRun.of(StateDirectory.at(blocked), new TestClock("2026-05-04T10:00:00Z"))
                .run(p, new RecordingLauncher());
        // a warning in the log, marked with the run's id
        assertThat(log).singleElement().asString()
                .matches("run \\d{8}-\\d{6}-[0-9a-f]{6} run history not recorded: .*");
    }
}
