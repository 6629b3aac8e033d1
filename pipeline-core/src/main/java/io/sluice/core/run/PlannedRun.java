package io.sluice.core.run;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.plan.TablePart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A compiled pipeline together with its source's description and its chunk plan: everything known before
 * any data value is read. {@code sluice plan} prints it; the runner executes it.
 *
 * <pre>{@code PlannedRun p = PlannedRun.validate(compiled, problems); p.plan().chunks().size();}</pre>
 *
 * @param compiled the compiled pipeline
 * @param description what the source holds
 * @param plan the chunks
 * @param transforms the table stages bound to the columns they receive; null when a stage's settings are wrong
 */
public record PlannedRun(CompiledPipeline compiled, SourceDescription description, ChunkPlan plan,
                         TransformChain transforms) {
    /**
     * Checks whatever of a partly compiled pipeline can be checked against its source, recording every problem
     * (an unreadable source included) instead of stopping at the first; returns the plan when there was none.
     */
    public static PlannedRun validate(CompiledPipeline compiled, Problems problems) {
        return validate(compiled, problems, true);
    }

    /**
     * As {@link #validate(CompiledPipeline, Problems)}; when {@code unreadableIsProblem} is false, a source that
     * cannot be read, or whose time axis cannot be planned, is a {@link RunFailedException} (a run's failure,
     * exit code 1) instead of a problem.
     */
    public static PlannedRun validate(CompiledPipeline compiled, Problems problems, boolean unreadableIsProblem) {
        if (compiled.source() == null) {
            return null;
        }
        SourceDescription description;
        Config source = compiled.pipeline().source();
        try {
            description = compiled.source().describe();
        } catch (PipelineInvalidException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException | RuntimeException | AssertionError e) {
            // a library's failed assertion on a damaged file does not name it: the path setting does
            String message = e instanceof AssertionError ? source.get("path") + ": " + ChunkProcessor.messageOf(e)
                    : ChunkProcessor.messageOf(e);
            if (!unreadableIsProblem) {
                throw new RunFailedException(message, e);
            }
            problems.add(source.locationOf("path"), source.childPath("path"), message);
            return null;
        }
        ChunkPlan plan = planAndCheck(compiled, description, problems, unreadableIsProblem);
        if (plan == null) {
            return null;
        }
        compiled.chunkTransforms().forEach(c -> c.check(plan, problems));
        int stages = compiled.chunkTransforms().size() + compiled.aggregations().size()
                + compiled.transforms().size();
        if (stages < compiled.pipeline().stages().size()) {
            // a stage whose settings are wrong is missing: the columns after it are unknown
            return new PlannedRun(compiled, description, plan, null);
        }
        TransformChain transforms = TransformChain.bind(compiled, description, plan, problems);
        return transforms == null ? null : new PlannedRun(compiled, description, plan, transforms);
    }

    private static ChunkPlan planAndCheck(CompiledPipeline compiled, SourceDescription description,
                                          Problems problems, boolean unreadableIsProblem) {
        Config source = compiled.pipeline().source();
        if (description.variables().isEmpty()) {
            problems.add(source.location(), source.path(), description.origin() + (description.isTable()
                    ? " has no columns" : " has no variables along a time axis; name them with 'variables'")
                    + " (see sluice inspect " + description.origin() + ")");
        }
        if (description.isTable() && !compiled.aggregations().isEmpty()) {
            Config stage = compiled.pipeline().stages().get(compiled.chunkTransforms().size());
            problems.add(stage.locationOf("type"), stage.childPath("type"), "statistic '"
                    + compiled.aggregations().get(0).statistic() + "' needs a grid source with a time axis; "
                    + description.origin() + " is a table");
        }
        if (compiled.split() == null) {
            checkColumnNames(compiled, description, Set.of(), problems);
            return null;
        }
        ChunkPlan plan;
        try {
            plan = compiled.split().plan(description);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (!unreadableIsProblem) {
                throw new RunFailedException(description.origin() + ": cannot plan chunks: "
                        + ChunkProcessor.messageOf(e), e);
            }
            Config split = compiled.pipeline().split();
            problems.add(split.location(), split.path(), description.origin() + ": cannot plan chunks: "
                    + ChunkProcessor.messageOf(e));
            return null;
        }
        checkColumnNames(compiled, description, plan.labelOrder().keySet(), problems);
        List<Aggregation> aggregations = compiled.aggregations();
        for (int i = 0; i < aggregations.size(); i++) {
            Aggregation a = aggregations.get(i);
            if (a.groupBy() != null && !plan.labelOrder().containsKey(a.groupBy())) {
                Config config = compiled.pipeline().stages().get(compiled.chunkTransforms().size() + i);
                problems.add(config.locationOf("group-by"), config.childPath("group-by"), "'" + a.groupBy()
                        + "' is not a label of this split; labels: " + String.join(", ", plan.labelOrder().keySet()));
            }
        }
        return plan;
    }

    /** Variables may not share a name with a label, a coordinate or the count column of the output. */
    private static void checkColumnNames(CompiledPipeline compiled, SourceDescription description,
                                         Set<String> labels, Problems problems) {
        Set<String> taken = new HashSet<>(labels);
        if (!description.isTable()) {
            taken.add(ResultTable.COUNT_COLUMN);
        }
        taken.add(description.time().name());
        description.space().forEach(a -> taken.add(a.name()));
        Config source = compiled.pipeline().source();
        for (VariableInfo v : description.variables()) {
            if (taken.contains(v.name())) {
                problems.add(source.locationOf("variables"), source.childPath("variables"), "variable '" + v.name()
                        + "' would clash with the output column of the same name (labels, coordinates and"
                        + " 'count'); select other variables");
            }
        }
    }

    /** The label that pools chunks together, or null when every chunk is its own output. */
    public String groupBy() {
        return compiled.aggregations().isEmpty() ? null : compiled.aggregations().get(0).groupBy();
    }

    /** The files the run reads: the source's input files, else the files its table parts name. */
    public List<Path> inputFiles() {
        Set<Path> files = new LinkedHashSet<>(compiled.source().inputFiles());
        if (files.isEmpty()) {
            for (TablePart part : description.parts()) {
                files.add(Path.of(part.slice().file()));
            }
        }
        return List.copyOf(files);
    }
}
