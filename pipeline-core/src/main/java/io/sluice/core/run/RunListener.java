package io.sluice.core.run;

import io.sluice.core.plan.Chunk;
import java.util.List;

/**
 * Hears what a run does while it happens: a progress display, a log or a run report listens. The runner calls
 * {@link #runStarted} first, then the chunk methods from its worker threads as chunks start, finish and are
 * retried (in any order across chunks), then exactly one of {@link #runFinished} or {@link #runFailed}.
 * Implementations must be thread-safe and quick; an exception thrown by a listener fails the run.
 *
 * <pre>{@code
 * RunListener dots = new RunListener() {
 *     public void chunkFinished(ChunkReport r) { System.err.print('.'); }
 * };
 * new LocalRunner(RunOptions.defaults().withListener(dots)).run(pipeline);
 * }</pre>
 */
public interface RunListener {
    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /**
     * One listener that tells each of {@code listeners}, in this order, everything it hears.
     *
     * <pre>{@code options.withListener(RunListener.all(progress, report))}</pre>
     */
    static RunListener all(RunListener... listeners) {
        List<RunListener> each = List.of(listeners);
        return new RunListener() {
            @Override
            public void runStarted(RunStart start) {
                each.forEach(l -> l.runStarted(start));
            }

            @Override
            public void chunkStarted(Chunk chunk) {
                each.forEach(l -> l.chunkStarted(chunk));
            }

            @Override
            public void chunkFinished(ChunkReport report) {
                each.forEach(l -> l.chunkFinished(report));
            }

            @Override
            public void chunkRetried(RetryRecord retry) {
                each.forEach(l -> l.chunkRetried(retry));
            }

            @Override
            public void runFinished(RunReport report) {
                each.forEach(l -> l.runFinished(report));
            }

            @Override
            public void runFailed(String runId, RuntimeException failure) {
                each.forEach(l -> l.runFailed(runId, failure));
            }
        };
    }

    /** The plan is made and chunks are about to be processed. */
    default void runStarted(RunStart start) {
    }

    /** A worker thread starts processing a chunk (again, after a retry's wait). Called on that thread. */
    default void chunkStarted(Chunk chunk) {
    }

    /** A chunk completed, or was taken over from an interrupted run ({@link ChunkReport#reused()}). */
    default void chunkFinished(ChunkReport report) {
    }

    /** A chunk failed for a transient reason and will be tried again after a wait. */
    default void chunkRetried(RetryRecord retry) {
    }

    /** The output was published. */
    default void runFinished(RunReport report) {
    }

    /**
     * The run failed and nothing was published; also called, without {@link #runStarted}, when the run fails
     * before its plan is made.
     */
    default void runFailed(String runId, RuntimeException failure) {
    }
}
