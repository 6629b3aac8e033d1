package io.sluice.core.run;

import io.sluice.core.plan.SourceDescription;

/**
 * Fits a run into the JVM's heap: the runner, not the user, keeps memory bounded. Each chunk in flight holds
 * one block of decoded values (doubles), the raw values it was decoded from, one accumulator set and an I/O
 * buffer; grouped runs also hold one accumulator set per group. Half the heap is left for everything else.
 * When the options ask for more than fits, the block size, then the chunks in flight and the workers shrink.
 *
 * <pre>{@code MemoryBudget b = MemoryBudget.fit(options, description, 1, 4, Runtime.getRuntime().maxMemory());}</pre>
 *
 * @param parallelism worker threads to use
 * @param chunksInFlight chunks being processed or waiting at once
 * @param maxBatchBytes bytes of decoded values per block
 * @param note what was reduced and why, or null when the options fit as given
 */
record MemoryBudget(int parallelism, int chunksInFlight, long maxBatchBytes, String note) {
    private static final long IO_BUFFER = 1L << 20;

    static MemoryBudget fit(RunOptions options, SourceDescription description, int statistics, int groups,
                            long maxHeap) {
        long cells = Math.max(1, description.cellsPerStep());
        int variables = Math.max(1, description.variables().size());
        long accumulators = cells * variables * Math.max(1, statistics) * 16L;
        long usable = maxHeap / 2 - (long) groups * accumulators;
        long oneStep = cells * variables * 8L;
        long block = Math.max(oneStep, Math.min(options.maxBatchBytes(), usable / 8));
        long perChunk = 2 * block + accumulators + IO_BUFFER;
        int inFlight = (int) Math.max(1, Math.min(options.chunksInFlight(), usable / perChunk));
        int workers = Math.min(options.parallelism(), inFlight);
        if (inFlight == options.chunksInFlight() && block == options.maxBatchBytes()) {
            return new MemoryBudget(workers, inFlight, block, null);
        }
        String note = String.format("memory: %d worker(s), %d chunk(s) in flight, blocks of %,d bytes, to fit a"
                        + " heap of %,d MB (asked for %d workers); give the JVM more with JAVA_OPTS=-Xmx...",
                workers, inFlight, block, maxHeap >> 20, options.parallelism());
        return new MemoryBudget(workers, inFlight, block, note);
    }
}
