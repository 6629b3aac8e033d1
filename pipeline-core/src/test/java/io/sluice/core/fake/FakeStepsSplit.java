package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Type {@code fake-steps}: chunks of {@code size} steps labelled {@code parity=even|odd} by chunk number. */
public final class FakeStepsSplit implements SplitFactory {
    @Override
    public String type() {
        return "fake-steps";
    }

    @Override
    public Split create(ConfigReader settings) {
        int size = (int) settings.integer("size", 3, 1, 1000);
        return d -> {
            List<Chunk> chunks = new ArrayList<>();
            for (int start = 0, i = 0; start < d.time().size(); start += size, i++) {
                int end = Math.min(d.time().size(), start + size);
                chunks.add(Chunk.of(i, "c" + i, Map.of("parity", i % 2 == 0 ? "even" : "odd"),
                        IndexRange.of("time", start, end), end - start == size, (end - start) * 24L));
            }
            return ChunkPlan.of(chunks, Map.of("parity", List.of("even", "odd")), List.of());
        };
    }
}
