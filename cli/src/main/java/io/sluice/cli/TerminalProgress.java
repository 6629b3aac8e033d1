package io.sluice.cli;

import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunReport;
import io.sluice.core.run.RunStart;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar on a terminal (standard error), drawn by the progressbar library: the pipeline, percent,
 * bar, chunks done of the plan's, elapsed time and time left ({@link ProgressFigures#eta()}), bytes read and
 * throughput: {@code tas-means  33% [=====>      ] 40/121 (0:00:06 / 0:00:12) 310 MB read, 52 MB/s}. It ends
 * with its final state on its own line, marked "done", "failed" or (on Ctrl-C) "interrupted", so the line is
 * never left half drawn: {@code tas-means 100% [============] 121/121 (0:00:18 / 0:00:00) done: 930 MB read,
 * 52 MB/s}.
 *
 * <pre>{@code options.withListener(new TerminalProgress(System.err))}</pre>
 */
final class TerminalProgress implements RunListener {
    private static final int MAX_NAME = 24;
    private final PrintStream err;
    private boolean ended;
    private volatile ProgressCount count;
    private volatile ProgressBar bar;
    private volatile BarLine line;
    private final Thread onInterrupt = new Thread(() -> end("interrupted"), "sluice-progress-end");

    /** A bar on {@code err}, which must be a terminal. */
    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void runStarted(RunStart start) {
        ended = false; // an incremental run runs the pipeline once per new input file
        count = new ProgressCount(start, System::nanoTime);
        line = new BarLine(err);
        bar = new ProgressBarBuilder().setTaskName(name(start.pipeline())).setInitialMax(start.chunks())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setEtaFunction(state -> count.figures().eta()).setConsumer(line).build();
        bar.setExtraMessage("about " + ProgressFigures.bytes(start.estimatedBytes()) + " to read");
        ConsoleErr.show(line);
        try {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // the bar ends with the run
        }
    }

    @Override
    public void chunkFinished(ChunkReport report) {
        count.add(report);
        ProgressFigures f = count.figures();
        bar.stepTo(f.done());
        bar.setExtraMessage(readText(f));
    }

    @Override
    public void runFinished(RunReport report) {
        end("done");
    }

    @Override
    public void runFailed(String runId, RuntimeException failure) {
        end("failed");
    }

    /**
     * Draws the final state once. Synchronized: on Ctrl-C the JVM stops when its shutdown hooks end, so the hook
     * waits here while a failing run's thread finishes drawing.
     */
    private synchronized void end(String how) {
        if (bar == null || ended) {
            return;
        }
        ended = true;
        ProgressFigures f = count.figures();
        bar.stepTo(f.done());
        bar.setExtraMessage(how + ": " + readText(f));
        bar.close();
        ConsoleErr.hide(line);
        if (Thread.currentThread() != onInterrupt) {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it finds the bar ended
            }
        }
    }

    /** The pipeline's name, cut to leave the bar room on a narrow terminal. */
    private static String name(String pipeline) {
        return pipeline.length() <= MAX_NAME ? pipeline : pipeline.substring(0, MAX_NAME - 1) + "~";
    }

    private static String readText(ProgressFigures f) {
        return ProgressFigures.bytes(f.bytesRead()) + " read, " + ProgressFigures.bytes(Math.round(f.bytesPerSecond()))
                + "/s";
    }
}
