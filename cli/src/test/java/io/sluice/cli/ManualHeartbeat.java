package io.sluice.cli;

import java.time.Duration;

/** A {@link Heartbeat} the test beats by hand; it remembers whether the beating was stopped. */
final class ManualHeartbeat implements Heartbeat {
    private Runnable beat;
    private Duration period;
    private boolean stopped;
    private int starts;

    @Override
    public Beating start(Runnable task, Duration every) {
        beat = task;
        period = every;
        stopped = false;
        starts++;
        return () -> stopped = true;
    }

    /** One beat, unless the beating was stopped. */
    void beat() {
        if (!stopped) {
            beat.run();
        }
    }

    Duration period() {
        return period;
    }

    boolean stopped() {
        return stopped;
    }

    int starts() {
        return starts;
    }
}
