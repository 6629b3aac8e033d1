package io.sluice.core.spi;

import io.sluice.core.badrecord.BadRecordLog;
import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where data comes from. A source describes itself from headers and coordinates (a grid: time axis, spatial
 * axes, variables) or from its schema and layout (a table: columns and the parts it can be read in, such as row
 * groups or byte ranges), then reads any chunk's slice on any worker thread, in blocks of bounded size.
 * Implementations keep one file handle per thread.
 *
 * <pre>{@code
 * try (Source s = factory.create(reader); BatchReader r = s.open(chunk, 8 << 20)) {
 *     for (Batch b = r.next(); b != null; b = r.next()) { ... }
 * }
 * }</pre>
 */
public interface Source extends AutoCloseable {

    /**
     * What the source holds, without reading data values. Problems with the pipeline's settings (a variable
     * that is not in the file) are thrown as {@link io.sluice.core.config.PipelineInvalidException}.
     */
    SourceDescription describe() throws IOException;

    /** Opens a reader of one chunk's slice that yields blocks of at most about {@code maxBatchBytes}. */
    BatchReader open(Chunk chunk, long maxBatchBytes) throws IOException;

    /**
     * What the source does with records it cannot read ({@code on-error}, {@code max-errors}); by default the
     * first one fails the run. A source that reads past bad records returns its policy here and puts them in the
     * log {@link #open(Chunk, long, BadRecordLog)} receives.
     */
    default BadRecordPolicy badRecordPolicy() {
        return BadRecordPolicy.FAIL;
    }

    /**
     * As {@link #open(Chunk, long)}, the reader putting the records it rejects into {@code badRecords} (in input
     * order) when {@link #badRecordPolicy()} reads past them; by default the log is not used.
     */
    default BatchReader open(Chunk chunk, long maxBatchBytes, BadRecordLog badRecords) throws IOException {
        return open(chunk, maxBatchBytes);
    }

    /**
     * The files this source reads, so that a run manifest can fingerprint them and refuse to resume after they
     * changed; empty when unknown (then the table parts' files are fingerprinted, if any).
     */
    default List<Path> inputFiles() {
        return List.of();
    }

    /** Releases every handle the source opened, on all threads. */
    @Override
    void close() throws IOException;
}
