package io.sluice.scheduler;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a pipeline as the history keeps it.
 *
 * <pre>{@code RunHistory.of(state).runs("nightly").forEach(r -> System.out.println(r.id() + " " + r.status()));}</pre>
 *
 * @param id the run id, which the run's log lines carry
 * @param pipeline the pipeline's name
 * @param trigger {@code schedule} or {@code manual}
 * @param fire the fire time that started it, or null for manual runs
 * @param started when it started
 * @param ended when it ended, or null while running (or if the process died)
 * @param status {@code running}, {@code succeeded}, {@code failed}, {@code aborted} or {@code interrupted}
 * @param inputs input files converted (1 for a pipeline without incremental input)
 * @param chunks chunks processed
 * @param rows rows written
 * @param retries how many failed runs of the pipeline came directly before this one
 * @param report where the run's report was written, or null
 * @param message why it failed, or null
 */
public record RunRecord(String id, String pipeline, String trigger, Instant fire, Instant started, Instant ended,
                        String status, long inputs, long chunks, long rows, long retries, String report,
                        String message) {
    /** The run is going on. */
    public static final String RUNNING = "running";
    /** The run committed all its outputs. */
    public static final String SUCCEEDED = "succeeded";
    /** The run failed; inputs it did not commit are taken again by the next run. */
    public static final String FAILED = "failed";
    /** The run was stopped by a shutdown. */
    public static final String ABORTED = "aborted";
    /** The process running it ended without recording an end. */
    public static final String INTERRUPTED = "interrupted";

    /** How long it ran, or null while running. */
    public Duration elapsed() {
        return ended == null ? null : Duration.between(started, ended);
    }

    /** Whether the run ended without success. */
    public boolean unsuccessful() {
        return FAILED.equals(status) || ABORTED.equals(status) || INTERRUPTED.equals(status);
    }
}
