package io.sluice.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls a task at a fixed period until stopped: what makes {@link PlainProgress} write a line while a long chunk
 * keeps the workers silent. {@link #daemonThread()} beats on a daemon thread of its own, which ends when the beat
 * is stopped, so that runs one after another in a JVM leave no thread behind; tests beat by hand.
 *
 * <pre>{@code
 * Heartbeat.Beating beating = Heartbeat.daemonThread().start(() -> LOG.info("still running"), Duration.ofSeconds(1));
 * ...
 * beating.stop();
 * }</pre>
 */
@FunctionalInterface
interface Heartbeat {
    /** The name of the threads of {@link #daemonThread()}. */
    String THREAD_NAME = "sluice-progress";

    /** Starts calling {@code beat} every {@code period}, the first time one period from now. */
    Beating start(Runnable beat, Duration period);

    /** A started heartbeat. */
    @FunctionalInterface
    interface Beating {
        /** No further beat starts; a beat under way finishes. Safe to call twice. */
        void stop();
    }

    /** Beats on a daemon thread named {@value #THREAD_NAME}, started for each beating and ended by its stop. */
    static Heartbeat daemonThread() {
        return (beat, period) -> {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, THREAD_NAME);
                thread.setDaemon(true);
                return thread;
            });
            long nanos = period.toNanos();
            timer.scheduleAtFixedRate(beat, nanos, nanos, TimeUnit.NANOSECONDS);
            return timer::shutdownNow;
        };
    }
}
