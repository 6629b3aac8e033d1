package io.sluice.core.run;

import io.sluice.core.data.TimeSpan;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pools the accumulators of chunks that share a label value (all DJF chunks of every year, say) and writes
 * one part per group, in the label's canonical order. Memory holds one accumulator set per group.
 */
final class GroupMerger {
    private final String label;
    private final ChunkPlan plan;
    private final SourceDescription description;
    private final List<Aggregation> aggregations;
    private final TransformChain transforms;
    private final Map<String, List<Accumulator>> groups = new HashMap<>();
    private final Map<String, Long> steps = new HashMap<>();
    private final Map<String, TimeSpan> spans = new HashMap<>();

    GroupMerger(String label, ChunkPlan plan, SourceDescription description, List<Aggregation> aggregations,
                TransformChain transforms) {
        this.label = label;
        this.transforms = transforms;
        this.plan = plan;
        this.description = description;
        this.aggregations = aggregations;
    }

    void add(ChunkOutcome outcome) {
        String value = outcome.chunk().labels().get(label);
        if (value == null || !plan.labelOrder().get(label).contains(value)) {
            throw new IllegalStateException("chunk " + outcome.chunk().key() + " has " + label + "=" + value
                    + ", which the plan does not list among " + plan.labelOrder().get(label));
        }
        List<Accumulator> existing = groups.get(value);
        if (existing == null) {
            groups.put(value, new ArrayList<>(outcome.accumulators()));
        } else {
            for (int i = 0; i < existing.size(); i++) {
                existing.get(i).merge(outcome.accumulators().get(i));
            }
        }
        steps.merge(value, (long) outcome.report().steps(), Long::sum);
        TimeSpan span = ChunkProcessor.spanOf(outcome.chunk(), description);
        if (span != null) {
            spans.merge(value, span.pool(null), TimeSpan::pool);
        }
    }

    /** Writes one part per group present; returns the number of rows written. */
    long writeAll(SinkSession session) throws IOException {
        long rows = 0;
        int part = 0;
        for (String value : plan.labelOrder().get(label)) {
            List<Accumulator> accumulators = groups.get(value);
            if (accumulators == null) {
                continue;
            }
            try (PartWriter writer = session.part(part++)) {
                var table = transforms.apply(ResultTable.of(description, plan.labelTypes(), Map.of(label, value), aggregations,
                        accumulators, steps.get(value), spans.get(value)));
                writer.write(table);
                rows += table.rowCount();
            }
        }
        return rows;
    }
}
