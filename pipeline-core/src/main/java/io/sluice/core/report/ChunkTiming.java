package io.sluice.core.report;

/**
 * When and where one chunk was processed, as a run report shows it.
 *
 * <pre>{@code run.chunks().forEach(c -> System.out.println(c.key() + " on " + c.worker() + ": " + c.millis()));}</pre>
 *
 * @param index the chunk's index in the plan (-1 when not known)
 * @param key the chunk's key, such as {@code DJF-2001}
 * @param worker the name of the thread that processed it
 * @param startMillis when its first attempt started, in milliseconds after the run started
 * @param millis from its first attempt's start to its end (retries and their waits included)
 * @param bytes bytes of values read
 * @param rows rows written to its part
 * @param cells values read
 * @param attempts attempts made (1 without retries; 0 for a chunk reused from an interrupted run)
 * @param reused whether its part was taken over from an interrupted run
 * @param complete whether it covered its whole period
 */
public record ChunkTiming(int index, String key, String worker, long startMillis, long millis, long bytes, long rows,
                          long cells, int attempts, boolean reused, boolean complete) {

    /** When it ended, in milliseconds after the run started. */
    public long endMillis() {
        return startMillis + millis;
    }

    /** Retries: attempts after the first. */
    public int retries() {
        return Math.max(0, attempts - 1);
    }
}
