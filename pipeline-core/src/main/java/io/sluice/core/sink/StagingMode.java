package io.sluice.core.sink;

/**
 * Whether a run starts its staging afresh or takes up what an interrupted run left there.
 *
 * <pre>{@code sink.begin(StagingMode.RESUME)}</pre>
 */
public enum StagingMode {
    /** Start afresh: staging left by a run that stopped is removed (and the run says so). */
    FRESH,
    /** Keep what an interrupted run left, so that its completed parts can be checked and reused. */
    RESUME
}
