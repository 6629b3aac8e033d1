package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunReport;
import io.sluice.core.run.RunStart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * When plain progress lines are written: at the start, at each tenth of the chunks or after 10 s (also while a
 * chunk runs, by the heartbeat), at the end. The clock and the heartbeat are the test's, moved by hand.
 */
class PlainProgressTest {
    private static final RunStart START = new RunStart("20261125-120000-abcdef", "p", "out.csv", 20, 2_000_000, 2,
            Instant.EPOCH);
    private final Logger logger = (Logger) LoggerFactory.getLogger(PlainProgress.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final AtomicLong nanos = new AtomicLong();
    private final ManualHeartbeat heartbeat = new ManualHeartbeat();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void aQuickRunShowsItsStartEachTenthOfItsChunksAndItsEnd() {
        PlainProgress progress = new PlainProgress(nanos::get, heartbeat);
        runAll(progress, 0);
        List<String> shown = messages();
        // 20 chunks: a tenth is 2 chunks, so lines at 2, 4, ..., 18 chunks; the 20th is the final line
        assertThat(shown).hasSize(11);
        assertThat(shown.get(0)).isEqualTo("pipeline p: 20 chunks, about 2.0 MB to read, 2 workers, output out.csv");
        // the clock does not move: no pace to measure
        assertThat(shown.get(1)).isEqualTo("2/20 chunks (10 %), 200 kB read, 0 B/s, ETA unknown");
        assertThat(shown.get(9)).startsWith("18/20 chunks (90 %), 1.8 MB read");
        assertThat(shown.get(10)).isEqualTo("20/20 chunks (100 %), 2.0 MB read, 0 B/s, done in 20 s");
    }

    @Test
    void aSlowRunShowsALineAtLeastEveryTenSeconds() {
        PlainProgress progress = new PlainProgress(nanos::get, heartbeat);
        runAll(progress, 11);
        List<String> shown = messages();
        // every chunk takes 11 s, more than 10 s: chunks 1..19 each get a line, then the final line
        assertThat(shown).hasSize(21);
        // 1 chunk of 100 kB in 11 s = 9.1 kB/s; 19 chunks (1.9 MB) left at that pace = 209 s
        assertThat(shown.get(1)).isEqualTo("1/20 chunks (5 %), 100 kB read, 9.1 kB/s, ETA 3 min 29 s");
    }

    @Test
    void aSecondRunHeardBySameListenerIsCountedAfresh() {
        // an incremental `sluice run` runs the pipeline once per new input file with one listener
        PlainProgress progress = new PlainProgress(nanos::get, heartbeat);
        runAll(progress, 0);
        lines.list.clear();
        runAll(progress, 0);
        assertThat(messages()).hasSize(11);
        assertThat(messages().get(1)).startsWith("2/20 chunks (10 %)");
    }

    @Test
    void aChunkLongerThanTenSecondsStillGivesALineEveryTenSecondsMarkedWithTheRunId() {
        PlainProgress progress = new PlainProgress(nanos::get, heartbeat);
        progress.runStarted(START);
        assertThat(heartbeat.period()).isEqualTo(Duration.ofSeconds(1));
        for (int second = 1; second <= 35; second++) { // one chunk running for 35 s, a beat each second
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            heartbeat.beat();
        }
        // lines at 10, 20 and 30 s after the start line; nothing is done yet, so no pace
        assertThat(messages()).hasSize(4);
        assertThat(messages().subList(1, 4)).containsOnly("0/20 chunks (0 %), 0 B read, 0 B/s, ETA unknown");
        assertThat(lines.list.get(1).getMDCPropertyMap()).containsEntry("run", START.runId());
        progress.chunkFinished(new ChunkReport("c0", 1, true, 25_000, 100_000, 35_000));
        nanos.addAndGet(Duration.ofSeconds(8).toNanos());
        heartbeat.beat(); // 8 s after the chunk's line at 35 s: not due
        assertThat(messages()).hasSize(5);
        progress.runFailed(START.runId(), new IllegalStateException("stop"));
        assertThat(heartbeat.stopped()).isTrue();
    }

    @Test
    void theHeartbeatStopsWhenTheRunFinishesAndAFreshOneBeatsForTheNextRun() {
        PlainProgress progress = new PlainProgress(nanos::get, heartbeat);
        runAll(progress, 0);
        assertThat(heartbeat.stopped()).isTrue();
        assertThat(heartbeat.starts()).isEqualTo(1);
        progress.runStarted(START);
        assertThat(heartbeat.stopped()).isFalse();
        assertThat(heartbeat.starts()).isEqualTo(2);
    }

    private void runAll(PlainProgress progress, long secondsPerChunk) {
        progress.runStarted(START);
        for (int i = 0; i < 20; i++) {
            nanos.addAndGet(Duration.ofSeconds(secondsPerChunk).toNanos());
            progress.chunkFinished(new ChunkReport("c" + i, 1, true, 25_000, 100_000, 10));
        }
        progress.runFinished(new RunReport(START.runId(), "p", "out.csv", List.of(), 0, 0, Duration.ofSeconds(20),
                List.of()));
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
