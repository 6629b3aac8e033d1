package io.sluice.core.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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
 * @param pipelineHash the SHA-256 of the settings that decide the output (as the run manifest records it), or
 *                     null when not known
 * @param inputs the files the run reads
 */
public record RunStart(String runId, String pipeline, String target, int chunks, long estimatedBytes,
                       int parallelism, Instant startedAt, String pipelineHash, List<Path> inputs) {

    /** Copies the inputs. */
    public RunStart {
        inputs = List.copyOf(inputs);
    }

    /** A start without the pipeline's hash and inputs. */
    public RunStart(String runId, String pipeline, String target, int chunks, long estimatedBytes,
                    int parallelism, Instant startedAt) {
        this(runId, pipeline, target, chunks, estimatedBytes, parallelism, startedAt, null, List.of());
    }
}
