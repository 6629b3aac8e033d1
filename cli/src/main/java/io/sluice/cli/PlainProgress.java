package io.sluice.cli;

import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunReport;
import io.sluice.core.run.RunStart;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress as plain log lines, for output that is not a terminal (a pipe, a file, CI, cron): a line when the
 * run starts, a line whenever the chunks done pass another tenth of the plan or {@link #EVERY} has passed since
 * the last line (whichever comes first), and a last line when the output is published. Each line goes through
 * the log, so it carries the time and the run id:
 * {@code 12:01:08 INFO run 20261125-120102-3fa1c2: 40/121 chunks (33 %), 310 MB read, 52 MB/s, ETA 12 s}.
 * A failed run ends with its error instead of a last line.
 *
 * <pre>{@code options.withListener(new PlainProgress(System::nanoTime))}</pre>
 */
final class PlainProgress implements RunListener {
    /** Longest time between two lines while chunks finish. */
    static final Duration EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(PlainProgress.class);

    private final LongSupplier nanoClock;
    private ProgressCount count;
    private int tenthsShown;
    private long lastLineNanos;

    /** Progress lines, timed by {@code nanoClock}. */
    PlainProgress(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void runStarted(RunStart start) {
        count = new ProgressCount(start, nanoClock);
        tenthsShown = 0; // an incremental run runs the pipeline once per new input file
        lastLineNanos = nanoClock.getAsLong();
        LOG.info("pipeline {}: {} chunks, about {} to read, {} worker{}, output {}", start.pipeline(), start.chunks(),
                ProgressFigures.bytes(start.estimatedBytes()), start.parallelism(),
                start.parallelism() == 1 ? "" : "s", start.target());
    }

    @Override
    public synchronized void chunkFinished(ChunkReport report) {
        count.add(report);
        ProgressFigures f = count.figures();
        int tenths = f.chunks() == 0 ? 10 : (int) (10L * f.done() / f.chunks());
        long now = nanoClock.getAsLong();
        if (f.done() < f.chunks() && (tenths > tenthsShown || now - lastLineNanos >= EVERY.toNanos())) {
            tenthsShown = tenths;
            lastLineNanos = now;
            LOG.info(f.describe());
        }
    }

    @Override
    public synchronized void runFinished(RunReport report) {
        if (count != null) {
            LOG.info("{}, done in {}", count.figures().counts(), ProgressFigures.duration(report.elapsed()));
        }
    }
}
