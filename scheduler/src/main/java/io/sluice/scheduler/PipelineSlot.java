package io.sluice.scheduler;

import java.time.Instant;
import java.util.ArrayDeque;

/**
 * What the scheduler knows about one pipeline while it holds the lock: its current version, up to when its
 * fire times have been looked at, whether a run is going, and the fires waiting to start.
 */
final class PipelineSlot {
    /**
     * A fire time waiting to start a run.
     *
     * @param fire the fire time
     * @param due when it may start (the fire time plus jitter, or now for a missed fire)
     * @param mustRun whether it waits for a running run even with {@code overlap: skip} (missed fires)
     */
    record Fire(Instant fire, Instant due, boolean mustRun) {
    }

    ScheduledPipeline current;
    Instant checkedUntil;
    boolean running;
    /** Its file was removed while a run was going on: it fires no more, and is forgotten when the run ends. */
    boolean retired;
    /** Unsuccessful runs in a row, read from the history once when admitted, then counted here. */
    long retries;
    final ArrayDeque<Fire> waiting = new ArrayDeque<>();

    PipelineSlot(ScheduledPipeline current, Instant checkedUntil) {
        this.current = current;
        this.checkedUntil = checkedUntil;
    }

    /** Retires the slot if a run is going on (true); false when it can be forgotten at once. */
    boolean retire() {
        if (running) {
            retired = true;
            waiting.clear();
        }
        return running;
    }

    String name() {
        return current.name();
    }

    Schedule schedule() {
        return current.schedule();
    }
}
