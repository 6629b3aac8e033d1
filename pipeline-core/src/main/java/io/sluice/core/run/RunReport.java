package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordSummary;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a successful run: what was read and written, and how long it took.
 *
 * <pre>{@code System.out.println(runner.run(pipeline).summary());}</pre>
 *
 * @param runId the run's id ({@link RunIds})
 * @param pipeline pipeline name
 * @param target where the output was published
 * @param chunks per-chunk reports in plan order
 * @param rowsWritten rows written to the sink
 * @param bytesWritten bytes published at the target
 * @param elapsed wall time of the whole run
 * @param notes notes from planning, such as dropped incomplete seasons
 * @param retries every retry of a chunk, in the order they happened
 * @param chunksReused chunks whose parts a resumed run took over from the interrupted run
 * @param badRecords the records the source skipped or quarantined, counted per file
 */
public record RunReport(String runId, String pipeline, String target, List<ChunkReport> chunks, long rowsWritten,
                        long bytesWritten, Duration elapsed, List<String> notes, List<RetryRecord> retries,
                        int chunksReused, BadRecordSummary badRecords) {

    /** Copies the lists. */
    public RunReport {
        chunks = List.copyOf(chunks);
        notes = List.copyOf(notes);
        retries = List.copyOf(retries);
    }

    /** A report of a run whose source fails on bad records. */
    public RunReport(String runId, String pipeline, String target, List<ChunkReport> chunks, long rowsWritten,
                     long bytesWritten, Duration elapsed, List<String> notes, List<RetryRecord> retries,
                     int chunksReused) {
        this(runId, pipeline, target, chunks, rowsWritten, bytesWritten, elapsed, notes, retries, chunksReused,
                BadRecordSummary.NONE);
    }

    /** A report of a run without retries that reused nothing. */
    public RunReport(String runId, String pipeline, String target, List<ChunkReport> chunks, long rowsWritten,
                     long bytesWritten, Duration elapsed, List<String> notes) {
        this(runId, pipeline, target, chunks, rowsWritten, bytesWritten, elapsed, notes, List.of(), 0);
    }

    /** Values read over all chunks. */
    public long cellsRead() {
        return chunks.stream().mapToLong(ChunkReport::cells).sum();
    }

    /** Bytes of values read over all chunks. */
    public long bytesRead() {
        return chunks.stream().mapToLong(ChunkReport::bytes).sum();
    }

    /** Chunks that did not cover their whole period. */
    public List<ChunkReport> incompleteChunks() {
        return chunks.stream().filter(c -> !c.complete()).toList();
    }

    /** A few lines for people. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("pipeline %s: %d chunks, %,d values (%,d bytes) read, %,d rows (%,d bytes) "
                        + "written to %s in %.3f s%n", pipeline, chunks.size(), cellsRead(), bytesRead(),
                rowsWritten, bytesWritten, target, elapsed.toNanos() / 1e9));
        List<ChunkReport> incomplete = incompleteChunks();
        if (!incomplete.isEmpty()) {
            sb.append("incomplete chunks kept: ");
            sb.append(String.join(", ", incomplete.stream().map(c -> c.key() + " (" + c.steps() + (c.steps() == 1 ? " step)" : " steps)"))
                    .toList()));
            sb.append(System.lineSeparator());
        }
        if (chunksReused > 0) {
            sb.append("resumed: ").append(chunksReused).append(" of ").append(chunks.size())
                    .append(" chunks reused from the interrupted run").append(System.lineSeparator());
        }
        if (!badRecords.line().isEmpty()) {
            sb.append(badRecords.line()).append(System.lineSeparator());
        }
        for (RetryRecord r : retries) {
            sb.append(r.describe()).append(System.lineSeparator());
        }
        for (String note : notes) {
            sb.append(note).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
