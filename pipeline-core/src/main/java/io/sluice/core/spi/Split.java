package io.sluice.core.spi;

import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;

/**
 * Decides how a source is cut into chunks, from its description alone.
 *
 * <pre>{@code ChunkPlan plan = split.plan(source.describe());}</pre>
 */
public interface Split {

    /** The chunks, in output order. */
    ChunkPlan plan(SourceDescription description);
}
