package io.sluice.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRecorderTest {

    private static Pipeline pipeline(String sink) {
        return Pipeline.builder("recorded").source(Config.ofType("fake-grid").with("steps", 8))
                .split(Config.ofType("fake-steps").with("size", 3))
                .sink(Config.ofType("memory").with("name", sink).with("header", false)).build();
    }

    @Test
    void everyChunkIsRecordedWithItsThreadAndPlaceInTheRun() {
        List<ObservedRun> seen = new ArrayList<>();
        Pipeline p = pipeline("recorded-chunks");
        new LocalRunner(RunOptions.defaults().withParallelism(2).withListener(RunRecorder.of(p, seen::add))).run(p);
        ObservedRun run = seen.get(0);
        // 8 steps in chunks of 3: c0 (3 steps), c1 (3), c2 (2); 6 cells a step, one row a cell
        assertThat(run.chunks()).extracting(ChunkTiming::key).containsExactly("c0", "c1", "c2");
        assertThat(run.chunks()).extracting(ChunkTiming::rows).containsExactly(18L, 18L, 12L);
        assertThat(run.chunks()).extracting(ChunkTiming::cells).containsExactly(18L, 18L, 12L);
        assertThat(run.chunks()).allSatisfy(c -> {
            assertThat(c.worker()).startsWith("ForkJoinPool-");
            assertThat(c.attempts()).isOne();
            assertThat(c.endMillis()).isLessThanOrEqualTo(run.elapsed().toMillis());
        });
        assertThat(run.rowsWritten()).isEqualTo(MemorySink.lines("recorded-chunks").size()).isEqualTo(48);
        assertThat(run.status()).isEqualTo(ObservedRun.SUCCEEDED);
    }

    @Test
    void aFailingReportDoesNotFailTheRun() {
        Pipeline p = pipeline("recorded-anyway");
        RunRecorder broken = RunRecorder.of(p, run -> {
            throw new IllegalStateException("disk on fire");
        });
        new LocalRunner(RunOptions.defaults().withParallelism(1).withListener(broken)).run(p);
        assertThat(MemorySink.lines("recorded-anyway")).isNotEmpty();
    }

    @Test
    void thePeaksIncludeMemoryHeldWhenSamplingStops() {
        MemorySampler sampler = MemorySampler.every(50);
        sampler.start();
        byte[] held = new byte[64 << 20];
        java.util.Arrays.fill(held, (byte) 1);   // touched, so resident
        MemoryPeaks peaks = sampler.stop();
        assertThat(held[held.length - 1]).isEqualTo((byte) 1);
        assertThat(peaks.heapUsed()).isGreaterThanOrEqualTo(64L << 20);
        assertThat(peaks.rss()).isGreaterThanOrEqualTo(64L << 20);
        assertThat(peaks.rssHighWaterMark()).isPositive();
        assertThat(peaks.samples()).isGreaterThanOrEqualTo(2);
    }
}
