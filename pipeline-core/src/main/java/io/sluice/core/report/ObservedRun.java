package io.sluice.core.report;

import io.sluice.core.run.RetryRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a run report holds about one run, succeeded or failed, as a {@link RunRecorder} saw it.
 *
 * <pre>{@code RunRecorder.of(pipeline, run -> System.out.println(run.status() + " " + run.chunks().size()))}</pre>
 *
 * @param runId the run's id
 * @param pipeline the pipeline's name
 * @param pipelineFile the file the pipeline was read from, or {@code java dsl}
 * @param pipelineHash the SHA-256 of the pipeline's settings, or null
 * @param status {@link #SUCCEEDED} or {@link #FAILED}
 * @param error why it failed, in one line; null when it succeeded
 * @param startedAt when the run started
 * @param endedAt when it ended
 * @param target where the output goes (null when the run failed before its plan was made)
 * @param inputs the files read, with their sizes
 * @param plannedChunks chunks in the plan
 * @param parallelism worker threads
 * @param chunks the chunks that finished, in plan order
 * @param retries every retry, in the order they happened
 * @param rowsWritten rows published (for a failed run: rows the finished chunks wrote to staging)
 * @param bytesWritten bytes published at the target (0 for a failed run)
 * @param notes notes of the run, such as dropped incomplete seasons
 * @param memory the peaks of memory use
 */
public record ObservedRun(String runId, String pipeline, String pipelineFile, String pipelineHash, String status,
                          String error, Instant startedAt, Instant endedAt, String target, List<InputSize> inputs,
                          int plannedChunks, int parallelism, List<ChunkTiming> chunks, List<RetryRecord> retries,
                          long rowsWritten, long bytesWritten, List<String> notes, MemoryPeaks memory) {
    /** The run published its output. */
    public static final String SUCCEEDED = "succeeded";
    /** The run failed; nothing was published. */
    public static final String FAILED = "failed";

    /** Copies the lists. */
    public ObservedRun {
        inputs = List.copyOf(inputs);
        chunks = List.copyOf(chunks);
        retries = List.copyOf(retries);
        notes = List.copyOf(notes);
    }

    /** Wall time from start to end. */
    public Duration elapsed() {
        return Duration.between(startedAt, endedAt);
    }

    /** Bytes of values read over the finished chunks. */
    public long bytesRead() {
        return chunks.stream().mapToLong(ChunkTiming::bytes).sum();
    }

    /** Values read over the finished chunks. */
    public long cellsRead() {
        return chunks.stream().mapToLong(ChunkTiming::cells).sum();
    }

    /** Chunks taken over from an interrupted run. */
    public long chunksReused() {
        return chunks.stream().filter(ChunkTiming::reused).count();
    }
}
