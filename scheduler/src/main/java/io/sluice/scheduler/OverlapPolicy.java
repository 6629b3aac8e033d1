package io.sluice.scheduler;

/**
 * What to do when a pipeline's fire time comes while its previous run is still going. A pipeline never runs
 * twice at once either way.
 *
 * <pre>{@code schedule: { cron: "* * * * *", overlap: queue }}</pre>
 */
public enum OverlapPolicy {
    /** The fire is recorded as skipped. */
    SKIP,
    /** The fire waits and starts when the previous run ends; fires run one after another, in order. */
    QUEUE;

    /** The setting's spelling, such as {@code skip}. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
