package io.sluice.core.run;

import io.sluice.core.config.Problems;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Aggregation;
import java.io.IOException;

/**
 * A compiled pipeline together with its source's description and its chunk plan: everything known before
 * any data value is read. {@code sluice plan} prints it; the runner executes it.
 *
 * <pre>{@code PlannedRun p = PlannedRun.of(compiled); p.plan().chunks().size();}</pre>
 *
 * @param compiled the compiled pipeline
 * @param description what the source holds
 * @param plan the chunks
 */
public record PlannedRun(CompiledPipeline compiled, SourceDescription description, ChunkPlan plan) {

    /** Describes the source and plans the chunks; checks that grouping labels exist in the plan. */
    public static PlannedRun of(CompiledPipeline compiled) throws IOException {
        SourceDescription description = compiled.source().describe();
        ChunkPlan plan;
        try {
            plan = compiled.split().plan(description);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RunFailedException(description.origin() + ": cannot plan chunks: "
                    + ChunkProcessor.messageOf(e), e);
        }
        Problems problems = new Problems();
        for (int i = 0; i < compiled.aggregations().size(); i++) {
            Aggregation a = compiled.aggregations().get(i);
            if (a.groupBy() != null && !plan.labelOrder().containsKey(a.groupBy())) {
                var config = compiled.pipeline().stages().get(i);
                problems.add(config.locationOf("group-by"), config.childPath("group-by"), "'" + a.groupBy()
                        + "' is not a label of this split; labels: " + String.join(", ", plan.labelOrder().keySet()));
            }
        }
        problems.throwIfAny();
        return new PlannedRun(compiled, description, plan);
    }

    /** The label that pools chunks together, or null when every chunk is its own output. */
    public String groupBy() {
        return compiled.aggregations().isEmpty() ? null : compiled.aggregations().get(0).groupBy();
    }
}
