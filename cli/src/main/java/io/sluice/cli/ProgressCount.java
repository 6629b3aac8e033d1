package io.sluice.cli;

import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunStart;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Counts a run's finished chunks and their bytes as the workers report them (thread-safe), and gives the
 * {@link ProgressFigures} of any moment. Bytes are counted in the plan's own unit, each chunk's
 * {@link ChunkReport#plannedBytes()} (a CSV part's file bytes, a Parquet part's compressed row groups, a grid
 * chunk's values as stored), so that they add up to the plan's estimate the run started with.
 *
 * <pre>{@code
 * ProgressCount count = new ProgressCount(start, System::nanoTime);
 * count.add(chunkReport);
 * String line = count.figures().describe();
 * }</pre>
 */
final class ProgressCount {
    private final RunStart start;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private int done;
    private int processed;
    private long bytesDone;
    private long bytesRead;

    /** Counting from now, as {@code nanoClock} tells the time. */
    ProgressCount(RunStart start, LongSupplier nanoClock) {
        this.start = start;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** A chunk finished, processed by this run or taken over from an interrupted one. */
    synchronized void add(ChunkReport report) {
        done++;
        bytesDone += report.plannedBytes();
        if (!report.reused()) {
            processed++;
            bytesRead += report.plannedBytes();
        }
    }

    /** The figures as of now. */
    synchronized ProgressFigures figures() {
        return new ProgressFigures(start.chunks(), done, processed, start.estimatedBytes(), bytesDone, bytesRead,
                Duration.ofNanos(nanoClock.getAsLong() - startNanos));
    }

    /** The run being counted. */
    RunStart start() {
        return start;
    }
}
