package io.sluice.cli;

import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunLogContext;
import io.sluice.core.run.RunReport;
import io.sluice.core.run.RunStart;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress as plain log lines, for output that is not a terminal (a pipe, a file, CI, cron): a line when the
 * run starts, a line whenever the chunks done pass another tenth of the plan or {@link #EVERY} has passed since
 * the last line (whichever comes first; a {@link Heartbeat} looks every {@link #CHECK}, so a chunk that runs
 * for half an hour still gives a line every 10 s), and a last line when the output is published. Each line goes
 * through the log, so it carries the time and the run id:
 * {@code 12:01:08 INFO run 20261125-120102-3fa1c2: 40/121 chunks (33 %), 310 MB read, 52 MB/s, ETA 12 s}.
 * A failed run ends with its error instead of a last line.
 *
 * <pre>{@code options.withListener(new PlainProgress(System::nanoTime, Heartbeat.daemonThread()))}</pre>
 */
final class PlainProgress implements RunListener {
    /** Longest time between two lines while the run goes on. */
    static final Duration EVERY = Duration.ofSeconds(10);
    /** How often the heartbeat looks whether a line is due. */
    static final Duration CHECK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PlainProgress.class);

    private final LongSupplier nanoClock;
    private final Heartbeat heartbeat;
    private ProgressCount count;
    private Heartbeat.Beating beating;
    private int tenthsShown;
    private long lastLineNanos;

    /** Progress lines, timed by {@code nanoClock}, with {@code heartbeat} writing them while no chunk finishes. */
    PlainProgress(LongSupplier nanoClock, Heartbeat heartbeat) {
        this.nanoClock = nanoClock;
        this.heartbeat = heartbeat;
    }

    @Override
    public synchronized void runStarted(RunStart start) {
        stopBeating(); // an incremental run runs the pipeline once per new input file
        count = new ProgressCount(start, nanoClock);
        tenthsShown = 0;
        lastLineNanos = nanoClock.getAsLong();
        LOG.info("pipeline {}: {} chunks, about {} to read, {} worker{}, output {}", start.pipeline(), start.chunks(),
                ProgressFigures.bytes(start.estimatedBytes()), start.parallelism(),
                start.parallelism() == 1 ? "" : "s", start.target());
        String runId = start.runId();
        beating = heartbeat.start(() -> {
            try (RunLogContext.Marked ignored = RunLogContext.open(runId)) {
                beat();
            }
        }, CHECK);
    }

    @Override
    public synchronized void chunkFinished(ChunkReport report) {
        count.add(report);
        ProgressFigures f = count.figures();
        int tenths = f.chunks() == 0 ? 10 : (int) (10L * f.done() / f.chunks());
        if (f.done() < f.chunks() && (tenths > tenthsShown || lineDue())) {
            tenthsShown = tenths;
            show(f);
        }
    }

    @Override
    public synchronized void runFinished(RunReport report) {
        stopBeating();
        if (count != null) {
            LOG.info("{}, done in {}", count.figures().counts(), ProgressFigures.duration(report.elapsed()));
        }
    }

    @Override
    public synchronized void runFailed(String runId, RuntimeException failure) {
        stopBeating();
    }

    /** A heartbeat: a line if none was written for {@link #EVERY}. */
    private synchronized void beat() {
        if (beating != null && lineDue()) {
            show(count.figures());
        }
    }

    private boolean lineDue() {
        return nanoClock.getAsLong() - lastLineNanos >= EVERY.toNanos();
    }

    private void show(ProgressFigures f) {
        lastLineNanos = nanoClock.getAsLong();
        LOG.info(f.describe());
    }

    private void stopBeating() {
        if (beating != null) {
            beating.stop();
            beating = null;
        }
    }
}
