package io.sluice.core.run;

/**
 * How a local run uses the machine.
 *
 * <pre>{@code RunOptions.defaults().withParallelism(4)}</pre>
 *
 * @param parallelism worker threads
 * @param chunksInFlight most chunks being processed or waiting to be stitched at once
 * @param maxBatchBytes most bytes of values a source reads in one block
 */
public record RunOptions(int parallelism, int chunksInFlight, long maxBatchBytes) {

    /** Validates the numbers. */
    public RunOptions {
        if (parallelism < 1 || chunksInFlight < 1 || maxBatchBytes < 1) {
            throw new IllegalArgumentException("parallelism, chunks in flight and batch bytes must be positive");
        }
    }

    /** One worker per core, twice as many chunks in flight, blocks of 8 MiB. */
    public static RunOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RunOptions(cores, 2 * cores, 8L << 20);
    }

    /** The same options with {@code n} workers and {@code 2n} chunks in flight. */
    public RunOptions withParallelism(int n) {
        return new RunOptions(n, 2 * n, maxBatchBytes);
    }

    /** The same options with another block size. */
    public RunOptions withMaxBatchBytes(long bytes) {
        return new RunOptions(parallelism, chunksInFlight, bytes);
    }
}
