package io.sluice.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a {@link Scheduler} ticking on the real clock until it is shut down (SIGTERM), or until it has dealt with
 * a given number of fire times. After {@code maxFires} the runs going on finish normally; on shutdown they are
 * told to stop early (an incremental run converts no further file; the runner aborts its staged output when
 * the process exits), given a grace period, then interrupted. Either way the lock is released last.
 *
 * <pre>{@code
 * SchedulerDaemon daemon = new SchedulerDaemon(scheduler, executor, Duration.ofSeconds(1), Duration.ofMinutes(1));
 * Runtime.getRuntime().addShutdownHook(new Thread(daemon::shutdown));
 * daemon.serve(0);   // until SIGTERM
 * }</pre>
 */
public final class SchedulerDaemon {
    private final Scheduler scheduler;
    private final ExecutorService executor;
    private final Duration poll;
    private final Duration grace;
    private final Object sleeper = new Object();
    private volatile boolean done;

    /** A daemon for {@code scheduler}, whose runs execute on {@code executor}. */
    public SchedulerDaemon(Scheduler scheduler, ExecutorService executor, Duration poll, Duration grace) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.poll = poll;
        this.grace = grace;
    }

    /** Ticks until stopped, or until {@code maxFires} fire times were dealt with (0: no limit). */
    public void serve(long maxFires) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        while (!scheduler.stopping()) {
            boolean holding = scheduler.tick();
            if (maxFires > 0 && scheduler.firesHandled() >= maxFires) {
                scheduler.stop();
                scheduler.awaitRuns(Duration.ofDays(365));
                break;
            }
            Instant now = clock.instant();
            Duration wait = poll;
            if (holding) {
                Instant wake = scheduler.nextWakeUp().orElse(now.plus(poll));
                Duration untilWake = Duration.between(now, wake);
                wait = untilWake.compareTo(poll) < 0 ? untilWake : poll;
            }
            synchronized (sleeper) {
                if (!scheduler.stopping()) {
                    sleeper.wait(Math.max(10, wait.toMillis()));
                }
            }
        }
        shutdown();
    }

    /** Stops firing, lets the runs end within the grace period, then releases the lock. Safe to call twice. */
    public synchronized void shutdown() {
        if (done) {
            return;
        }
        if (scheduler.running() > 0) {
            scheduler.abort();
        }
        scheduler.stop();
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        executor.shutdown();
        try {
            if (!scheduler.awaitRuns(grace)) {
                executor.shutdownNow();
                scheduler.awaitRuns(grace);
            }
            executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.close();
            done = true;
        }
    }
}
