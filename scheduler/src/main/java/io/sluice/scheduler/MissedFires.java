package io.sluice.scheduler;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a pipeline's misfire policy when a scheduler takes it on: the fire times after the last one recorded
 * in the {@link FireLog} and before now passed while no scheduler ran. {@code skip} records them as missed,
 * {@code run-once} queues the newest and records the others, {@code catch-up} queues each of the newest
 * {@value Schedule#MAX_CATCH_UP}. A pipeline never seen before is registered instead: nothing was missed.
 *
 * <pre>{@code MissedFires.of(fireLog).apply(slot, now);}</pre>
 */
final class MissedFires {
    private static final Logger LOG = LoggerFactory.getLogger(MissedFires.class);
    private final FireLog fires;

    private MissedFires(FireLog fires) {
        this.fires = fires;
    }

    static MissedFires of(FireLog fires) {
        return new MissedFires(fires);
    }

    /** Records or queues the slot's missed fire times, as its policy says. */
    void apply(PipelineSlot slot, Instant now) {
        Instant justBefore = slot.checkedUntil;
        String name = slot.name();
        Optional<Instant> last = fires.lastHandled(name);
        if (last.isEmpty()) {
            fires.record(name, justBefore, FireLog.REGISTERED, 1, null);
            return;
        }
        Schedule schedule = slot.schedule();
        FireTimes.Window missed = schedule.fireTimes().window(last.get(), justBefore, Schedule.MAX_CATCH_UP + 1);
        long total = missed.total();
        if (total == 0) {
            return;
        }
        List<Instant> newest = missed.newest();
        int keep = switch (schedule.misfire()) {
            case SKIP -> 0;
            case RUN_ONCE -> 1;
            case CATCH_UP -> (int) Math.min(total, Schedule.MAX_CATCH_UP);
        };
        if (total > keep) {
            fires.record(name, newest.get(newest.size() - keep - 1), FireLog.MISSED, total - keep, null);
        }
        LOG.info(name + ": " + total + " fire time" + (total == 1 ? "" : "s") + " missed since " + last.get()
                + "; misfire: " + schedule.misfire().text() + " runs " + keep);
        for (Instant f : newest.subList(newest.size() - keep, newest.size())) {
            slot.waiting.add(new PipelineSlot.Fire(f, now, true));
        }
    }
}
