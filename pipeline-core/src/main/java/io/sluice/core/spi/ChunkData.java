package io.sluice.core.spi;

import io.sluice.core.plan.Chunk;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ChunkTransform} works on: one chunk, a reader of its blocks, the run it belongs to and a folder
 * of its own.
 *
 * <pre>{@code
 * ChunkData data = new ChunkData(chunk, reader, context, scratch, 8 << 20, source.inputFiles());
 * transform.apply(data);
 * }</pre>
 *
 * @param chunk the chunk (its key and labels)
 * @param input the chunk's blocks, from the source or the transform before; the transform closes it
 * @param context the run: the pipeline's name and hash and the source's description
 * @param scratch an empty folder beside the output (in its staging folder) for this attempt only, removed
 *                after the chunk whether it succeeds or fails
 * @param maxBatchBytes about the largest block a reader the transform opens should yield
 * @param sourceFiles the files the source reads ({@link Source#inputFiles()}), for a transform that works on
 *                    them rather than on the chunk's blocks; empty when the source does not say
 */
public record ChunkData(Chunk chunk, BatchReader input, RunContext context, Path scratch, long maxBatchBytes,
                        List<Path> sourceFiles) {

    /** Copies the file list. */
    public ChunkData {
        sourceFiles = List.copyOf(sourceFiles);
    }
}
