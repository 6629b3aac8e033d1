package io.sluice.scheduler;

/**
 * What to do, when a scheduler starts (or takes over the state directory), about fire times that passed while
 * no scheduler was running.
 *
 * <pre>{@code schedule: { cron: "0 2 * * *", misfire: run-once }}</pre>
 */
public enum MisfirePolicy {
    /** Missed fire times are recorded as missed; the next run is at the next fire time. */
    SKIP,
    /** One run now, for the latest missed fire time; older ones are recorded as missed. */
    RUN_ONCE,
    /** One run per missed fire time, oldest first, one after another (the newest {@value Schedule#MAX_CATCH_UP}). */
    CATCH_UP;

    /** The setting's spelling, such as {@code run-once}. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
