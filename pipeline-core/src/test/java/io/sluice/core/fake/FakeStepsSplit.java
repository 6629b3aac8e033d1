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

/**
 * Split type {@code fake-steps}: chunks {@code c0}, {@code c1}, ... of {@code size} time steps (default 3, at
 * most 1000); a shorter last chunk is incomplete. Chunks are labelled {@code parity=even|odd} by chunk number,
 * unless {@code parity: false}, which adds no label (and so no column) to the output.
 *
 * <pre>{@code
 * split: { type: fake-steps, size: 3 }
 * split: { type: fake-steps, size: 45, parity: false }     # a table source: one chunk per part
 * }</pre>
 */
public final class FakeStepsSplit implements SplitFactory {
    @Override
    public String type() {
        return "fake-steps";
    }

    @Override
    public Split create(ConfigReader settings) {
        int size = (int) settings.integer("size", 3, 1, 1000);
        boolean parity = settings.bool("parity", true);
        return d -> {
            if (d.isTable()) {
                return ChunkPlan.ofParts(d);
            }
            List<Chunk> chunks = new ArrayList<>();
            for (int start = 0, i = 0; start < d.time().size(); start += size, i++) {
                int end = Math.min(d.time().size(), start + size);
                Map<String, String> labels = parity ? Map.of("parity", i % 2 == 0 ? "even" : "odd") : Map.of();
                chunks.add(Chunk.of(i, "c" + i, labels, IndexRange.of(d.time().name(), start, end),
                        end - start == size, (end - start) * d.bytesPerStep()));
            }
            return ChunkPlan.of(chunks, parity ? Map.of("parity", List.of("even", "odd")) : Map.of(), List.of());
        };
    }
}
