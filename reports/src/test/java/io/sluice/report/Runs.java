package io.sluice.report;

import io.sluice.core.report.ChunkTiming;
import io.sluice.core.report.InputSize;
import io.sluice.core.report.MemoryPeaks;
import io.sluice.core.report.ObservedRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Observed runs made up for the tests of the report's files. */
final class Runs {
    private Runs() {
    }

    /** A succeeded run {@code id} of {@code millis} with these chunks. */
    static ObservedRun of(String id, long millis, List<ChunkTiming> chunks) {
        Instant start = Instant.parse("2026-11-25T12:00:00Z");
        return new ObservedRun(id, "made-up", "pipeline.yaml", "ab".repeat(32), ObservedRun.SUCCEEDED, null, start,
                start.plusMillis(millis), "out/x.csv", List.of(new InputSize("in.nc", 2048)), chunks.size(), 2,
                chunks, List.of(), 10, 100, List.of(), new MemoryPeaks(1 << 20, 1 << 30, 2 << 20, 3 << 20, 5));
    }

    /** {@code n} chunks of 10 ms each on two workers, back to back: chunk i on worker i % 2 from (i / 2) * 10 ms. */
    static List<ChunkTiming> backToBack(int n) {
        List<ChunkTiming> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ChunkTiming(i, "c" + i, "ForkJoinPool-1-worker-" + (1 + i % 2), i / 2 * 10L, 10, 100, 1, 25,
                    1, false, true));
        }
        return out;
    }
}
