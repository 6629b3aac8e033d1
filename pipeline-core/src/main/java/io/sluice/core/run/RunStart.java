package io.sluice.core.run;

import java.time.Instant;

/**
 * What a run is about to do, as its listeners hear when it starts.
 *
 * <pre>{@code System.err.printf("%s: %d chunks%n", start.runId(), start.chunks());}</pre>
 *
 * @param runId the run's id ({@link RunIds})
 * @param pipeline the pipeline's name
 * @param target where the output goes
 * @param chunks chunks in the plan
 * @param estimatedBytes bytes of values the plan expects to read
 * @param parallelism worker threads
 * @param startedAt when the run started
 */
public record RunStart(String runId, String pipeline, String target, int chunks, long estimatedBytes,
                       int parallelism, Instant startedAt) {
}
