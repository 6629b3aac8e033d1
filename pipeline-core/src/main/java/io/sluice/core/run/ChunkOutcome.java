package io.sluice.core.run;

import io.sluice.core.plan.Chunk;
import io.sluice.core.spi.Accumulator;
import java.util.List;

/**
 * What processing one chunk produced: its report, the rows it wrote, and, when chunks are grouped, the
 * accumulators still to be merged with other chunks of the same group.
 */
record ChunkOutcome(Chunk chunk, ChunkReport report, long rowsWritten, List<Accumulator> accumulators) {
}
