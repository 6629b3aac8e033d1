package io.sluice.core.run;

/**
 * How a local run uses the machine, and how it recovers.
 *
 * <pre>{@code RunOptions.defaults().withParallelism(4).withResume(true)}</pre>
 *
 * @param parallelism worker threads
 * @param chunksInFlight most chunks being processed or waiting to be stitched at once
 * @param maxBatchBytes most bytes of values a source reads in one block
 * @param resume whether to reuse the parts an interrupted run of the same pipeline completed
 * @param retries how chunks failing for a transient reason are retried; null for the pipeline's setting
 * @param runId the run's id; null to make one when the run starts ({@link RunIds})
 * @param listener hears the run's progress
 */
public record RunOptions(int parallelism, int chunksInFlight, long maxBatchBytes, boolean resume,
                         RetryPolicy retries, String runId, RunListener listener) {

    /** Validates the numbers. */
    public RunOptions {
        if (parallelism < 1 || chunksInFlight < 1 || maxBatchBytes < 1) {
            throw new IllegalArgumentException("parallelism, chunks in flight and batch bytes must be positive");
        }
        if (listener == null) {
            listener = RunListener.NONE;
        }
    }

    /** Options that start afresh, retry as the pipeline says and tell nobody. */
    public RunOptions(int parallelism, int chunksInFlight, long maxBatchBytes) {
        this(parallelism, chunksInFlight, maxBatchBytes, false, null, null, RunListener.NONE);
    }

    /** One worker per core, twice as many chunks in flight, blocks of 8 MiB. */
    public static RunOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RunOptions(cores, 2 * cores, 8L << 20);
    }

    /** The same options with {@code n} workers and {@code 2n} chunks in flight. */
    public RunOptions withParallelism(int n) {
        return new RunOptions(n, 2 * n, maxBatchBytes, resume, retries, runId, listener);
    }

    /** The same options with another block size. */
    public RunOptions withMaxBatchBytes(long bytes) {
        return new RunOptions(parallelism, chunksInFlight, bytes, resume, retries, runId, listener);
    }

    /** The same options, resuming an interrupted run or not. */
    public RunOptions withResume(boolean resumeRun) {
        return new RunOptions(parallelism, chunksInFlight, maxBatchBytes, resumeRun, retries, runId, listener);
    }

    /** The same options with retries that override the pipeline's. */
    public RunOptions withRetries(RetryPolicy policy) {
        return new RunOptions(parallelism, chunksInFlight, maxBatchBytes, resume, policy, runId, listener);
    }

    /** The same options for the run with this id. */
    public RunOptions withRunId(String id) {
        return new RunOptions(parallelism, chunksInFlight, maxBatchBytes, resume, retries, id, listener);
    }

    /** The same options with another listener. */
    public RunOptions withListener(RunListener l) {
        return new RunOptions(parallelism, chunksInFlight, maxBatchBytes, resume, retries, runId, l);
    }
}
