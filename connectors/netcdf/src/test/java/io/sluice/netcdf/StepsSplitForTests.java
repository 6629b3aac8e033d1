package io.sluice.netcdf;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Split type {@code test-steps} for runs in this module's tests: chunks of {@code size} time steps. */
public final class StepsSplitForTests implements SplitFactory {
    @Override
    public String type() {
        return "test-steps";
    }

    @Override
    public Split create(ConfigReader settings) {
        int size = (int) settings.integer("size", 10, 1, Integer.MAX_VALUE);
        return d -> {
            List<Chunk> chunks = new ArrayList<>();
            for (int start = 0, i = 0; start < d.time().size(); start += size, i++) {
                int end = Math.min(d.time().size(), start + size);
                chunks.add(Chunk.of(i, "c" + i, Map.of(), IndexRange.of(d.time().name(), start, end), true,
                        (end - start) * d.bytesPerStep()));
            }
            return ChunkPlan.of(chunks, Map.of(), List.of());
        };
    }
}
