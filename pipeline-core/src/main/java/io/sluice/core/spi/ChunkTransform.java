package io.sluice.core.spi;

import io.sluice.core.config.Problems;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A stage that works on all of a chunk's data at once rather than table by table, such as running a program on
 * the chunk written to a file. It comes before any statistic or table stage: it is given a reader of the chunk's
 * blocks and gives back a reader of the blocks that replace them, which must have the source's variables on the
 * source's grid (or, for a table, the source's columns), so that the stages and the sink after it work unchanged.
 *
 * <pre>{@code
 * transform.check(plan, description, files, problems);   // when the pipeline is planned
 * try (BatchReader out = transform.apply(data)) {        // for every chunk, on a worker thread
 *     for (Batch b = out.next(); b != null; b = out.next()) { ... }
 * }
 * }</pre>
 */
public interface ChunkTransform extends Stage {

    /**
     * Checks the settings that depend on the plan or the source (such as the labels a command names, or whether
     * the source is a grid), recording every problem located at the stage's settings. Nothing by default.
     *
     * @param plan the run's chunks and labels
     * @param source the source's description (grid or table, variables, time axis)
     * @param inputFiles the source's files ({@link Source#inputFiles()})
     * @param problems where problems are recorded
     */
    default void check(ChunkPlan plan, SourceDescription source, List<Path> inputFiles, Problems problems) {
    }

    /**
     * Transforms one chunk: reads {@code data.input()} and closes it (also when it fails) and returns a reader of the result, which the
     * caller closes. Files it needs go in {@code data.scratch()}, which the caller removes after the chunk.
     */
    BatchReader apply(ChunkData data) throws IOException;
}
