package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress arithmetic, against numbers worked out by hand in the comments. */
class ProgressFiguresTest {

    @Test
    void throughputIsBytesReadOverTimeAndEtaIsTheEstimatedBytesLeftAtThatPace() {
        // 310 MB in 6 s = 51.67 MB/s; 930 - 310 = 620 MB left / 51.67 MB/s = 12 s; 40 / 121 = 33.06 %
        ProgressFigures f = new ProgressFigures(121, 40, 40, 930_000_000L, 310_000_000L, 310_000_000L,
                Duration.ofSeconds(6));
        assertThat(f.bytesPerSecond()).isCloseTo(51_666_666.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.eta()).contains(Duration.ofSeconds(12));
        assertThat(f.percent()).isEqualTo(33);
        assertThat(f.describe()).isEqualTo("40/121 chunks (33 %), 310 MB read, 52 MB/s, ETA 12 s");
    }

    @Test
    void withoutAnEstimateTheChunksLeftGoAtThePaceOfTheChunksDone() {
        // 4 chunks in 8 s: 2 s a chunk; 6 left = 12 s
        ProgressFigures f = new ProgressFigures(10, 4, 4, 0, 4000, 4000, Duration.ofSeconds(8));
        assertThat(f.eta()).contains(Duration.ofSeconds(12));
    }

    @Test
    void anEstimateTheChunksAlreadyExceededFallsBackToChunks() {
        // 150 bytes done of an estimated 100; 3 chunks in 3 s: the last one takes 1 s
        ProgressFigures f = new ProgressFigures(4, 3, 3, 100, 150, 150, Duration.ofSeconds(3));
        assertThat(f.eta()).contains(Duration.ofSeconds(1));
    }

    @Test
    void chunksTakenOverFromAnInterruptedRunCountAsDoneButNotAsRead() {
        // 6 of 10 done, 4 of them taken over (400 bytes); this run read 200 bytes in 4 s = 50 B/s;
        // 1000 - 600 = 400 bytes left / 50 B/s = 8 s (counting the taken-over bytes as read would say 2.7 s)
        ProgressFigures f = new ProgressFigures(10, 6, 2, 1000, 600, 200, Duration.ofSeconds(4));
        assertThat(f.bytesPerSecond()).isEqualTo(50.0);
        assertThat(f.eta()).contains(Duration.ofSeconds(8));
        assertThat(f.percent()).isEqualTo(60);
    }

    @Test
    void beforeAnythingIsProcessedTheTimeLeftIsUnknown() {
        ProgressFigures f = new ProgressFigures(10, 0, 0, 1000, 0, 0, Duration.ZERO);
        assertThat(f.eta()).isEmpty();
        assertThat(f.bytesPerSecond()).isZero();
        assertThat(f.describe()).isEqualTo("0/10 chunks (0 %), 0 B read, 0 B/s, ETA unknown");
    }

    @Test
    void aFinishedRunHasNoTimeLeftAndAnEmptyPlanIsWhole() {
        assertThat(new ProgressFigures(3, 3, 3, 10, 10, 10, Duration.ofSeconds(1)).eta()).contains(Duration.ZERO);
        assertThat(new ProgressFigures(0, 0, 0, 0, 0, 0, Duration.ZERO).percent()).isEqualTo(100);
    }

    @Test
    void bytesAreShownInDecimalUnitsWithOneDecimalBelowTen() {
        assertThat(ProgressFigures.bytes(0)).isEqualTo("0 B");
        assertThat(ProgressFigures.bytes(999)).isEqualTo("999 B");
        assertThat(ProgressFigures.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(ProgressFigures.bytes(1500)).isEqualTo("1.5 kB");
        assertThat(ProgressFigures.bytes(10_000)).isEqualTo("10 kB");
        assertThat(ProgressFigures.bytes(280_512)).isEqualTo("281 kB");
        assertThat(ProgressFigures.bytes(999_999)).isEqualTo("1.0 MB");
        assertThat(ProgressFigures.bytes(310_000_000L)).isEqualTo("310 MB");
        assertThat(ProgressFigures.bytes(12_300_000_000L)).isEqualTo("12 GB");
    }

    @Test
    void durationsAreRoundedToTheSecond() {
        assertThat(ProgressFigures.duration(Duration.ofMillis(12_400))).isEqualTo("12 s");
        assertThat(ProgressFigures.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(ProgressFigures.duration(Duration.ofSeconds(3725))).isEqualTo("1 h 02 min");
    }
}
