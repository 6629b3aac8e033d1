package io.sluice.core.run;

import io.sluice.core.spi.SinkSession;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's worker pool and what happens to it when the JVM shuts down (SIGTERM, Ctrl-C): the workers are stopped
 * first (an interrupted worker kills its command and removes its scratch folder), and only then is the run's
 * staging removed, so that no worker writes into staging after it was removed.
 *
 * <pre>{@code
 * RunWorkers workers = RunWorkers.start(4, session, "seasonal");
 * try { ... workers.pool().submit(task) ... } finally { workers.stop(); session.abort(); workers.release(); }
 * }</pre>
 */
final class RunWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(RunWorkers.class);
    private final ForkJoinPool pool;
    private final Thread onExit;

    private RunWorkers(ForkJoinPool pool, Thread onExit) {
        this.pool = pool;
        this.onExit = onExit;
    }

    /**
     * A pool of {@code parallelism} workers whose run is aborted in order when the JVM shuts down; when it is
     * already shutting down, the session is aborted and a {@link RunFailedException} says the run did not start.
     */
    static RunWorkers start(int parallelism, SinkSession session, String pipelineName) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        Thread onExit = new Thread(() -> {
            pool.shutdownNow();
            await(pool, 10);
            session.abort();
        }, "sluice-abort-" + pipelineName);
        try {
            Runtime.getRuntime().addShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the JVM began to shut down before the run got going: leave nothing behind
            pool.shutdownNow();
            session.abort();
            throw new RunFailedException("the JVM is shutting down; the run did not start", shuttingDown);
        }
        return new RunWorkers(pool, onExit);
    }

    ForkJoinPool pool() {
        return pool;
    }

    /** Interrupts the workers still running and waits for them (at most a minute). */
    void stop() {
        pool.shutdownNow();
        await(pool, 60);
    }

    /** Removes the exit hook, once the run has committed or aborted its session itself. */
    void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the session is being aborted
        }
    }

    private static void await(ForkJoinPool pool, int seconds) {
        try {
            if (!pool.awaitTermination(seconds, TimeUnit.SECONDS)) {
                LOG.warn("workers still running {} s after the run ended", seconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
