package io.sluice.converters.split;

import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Split;
import java.util.Map;

/**
 * Cuts the time axis into runs of {@code size} consecutive steps ({@code steps-0}, {@code steps-1}, ...), the
 * last one possibly shorter; a size of 0 means one chunk of every step. Chunks carry no labels. A table source
 * is read in its own parts instead (row groups, byte ranges: one chunk each), which is what the default split
 * does for tables.
 */
final class StepsSplit implements Split {
    private final int size;

    StepsSplit(int size) {
        this.size = size;
    }

    @Override
    public ChunkPlan plan(SourceDescription description) {
        if (description.isTable()) {
            if (size != 0) {
                throw new IllegalArgumentException("a table source is read in its own parts (row groups, byte"
                        + " ranges); 'size' applies to grid time steps only");
            }
            return ChunkPlan.ofParts(description);
        }
        int steps = description.time().size();
        int chunkSize = size == 0 ? Math.max(1, steps) : size;
        PlanBuilder plan = new PlanBuilder(description);
        int k = 0;
        for (long start = 0; start < steps; start += chunkSize) {
            plan.add("steps-" + k++, Map.of(), (int) start, (int) Math.min(steps, start + chunkSize), true);
        }
        return plan.build(Map.of());
    }
}
