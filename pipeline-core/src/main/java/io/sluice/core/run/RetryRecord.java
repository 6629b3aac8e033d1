package io.sluice.core.run;

/**
 * One retry of a chunk, as the run report lists it.
 *
 * <pre>{@code report.retries().forEach(r -> System.out.println(r.describe()));}</pre>
 *
 * @param chunk the chunk's key
 * @param attempt the attempt that follows (2 for the first retry)
 * @param delayMillis how long the runner waited before it
 * @param cause why the previous attempt failed, in one line
 */
public record RetryRecord(String chunk, int attempt, long delayMillis, String cause) {

    /** One line: {@code chunk DJF-2001: attempt 2 after 212 ms, because: read failed: ...}. */
    public String describe() {
        return "retried chunk " + chunk + ": attempt " + attempt + " after " + delayMillis + " ms, because " + cause;
    }
}
