package io.sluice.core.run;

import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnInfo;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.TableTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table stages of a pipeline bound one after the other to the columns each receives: the chunk's labels
 * and the source's columns (or a grid's tidy rows, or the statistics' result table). Binding happens when the
 * pipeline is planned, so every unknown column and type error is reported before data is read; the chain then
 * transforms every table on its way to the sink.
 *
 * <pre>{@code
 * TransformChain chain = planned.transforms();
 * chain.output().map(TableSchema::names);   // the output's columns, when there are table stages
 * Table out = chain.apply(table);
 * }</pre>
 */
public final class TransformChain {
    private final TableSchema input;
    private final List<BoundTransform> steps;

    private TransformChain(TableSchema input, List<BoundTransform> steps) {
        this.input = input;
        this.steps = List.copyOf(steps);
    }

    /**
     * Binds the pipeline's table stages in order to the columns the run will produce; null after recording
     * problems when a stage does not fit its input.
     */
    static TransformChain bind(CompiledPipeline compiled, SourceDescription description, ChunkPlan plan,
                               Problems problems) {
        if (compiled.transforms().isEmpty()) {
            return new TransformChain(null, List.of());
        }
        TableSchema schema = inputOf(compiled, description, plan);
        List<BoundTransform> steps = new ArrayList<>();
        TableSchema next = schema;
        boolean ok = true;
        for (TableTransform t : compiled.transforms()) {
            BoundTransform bound = t.bind(next, problems);
            if (bound == null && !t.keepsColumns()) {
                return null;
            }
            // after a stage that keeps its columns the next ones can still be checked, even if it had a problem
            ok &= bound != null;
            if (bound != null) {
                steps.add(bound);
                next = bound.output();
            }
        }
        return ok ? new TransformChain(schema, steps) : null;
    }

    /**
     * The columns the run writes before any table stage: labels (typed LONG when every value of the label is a
     * whole number, as {@link Column#label} types them, otherwise STRING), then the source's columns, or a
     * grid's time, coordinates and variables, or the statistics' result columns.
     */
    private static TableSchema inputOf(CompiledPipeline compiled, SourceDescription description, ChunkPlan plan) {
        Table empty = ResultTable.empty(compiled, description, plan);
        List<ColumnInfo> columns = new ArrayList<>();
        for (Column c : empty.columns()) {
            List<String> values = plan.labelOrder().get(c.name());
            ColumnInfo info = ColumnInfo.of(c);
            if (values != null && c.type() == ColumnType.STRING) {
                boolean whole = !values.isEmpty() && values.stream()
                        .allMatch(v -> Column.label(c.name(), v).type() == ColumnType.LONG);
                info = info.withType(whole ? ColumnType.LONG : ColumnType.STRING);
            }
            columns.add(info);
        }
        return TableSchema.of(columns);
    }

    /** The columns before the first table stage; empty when there is no table stage (nothing was bound). */
    public Optional<TableSchema> input() {
        return Optional.ofNullable(input);
    }

    /** The columns after the last table stage, what the sink receives; empty when there is no table stage. */
    public Optional<TableSchema> output() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).output());
    }

    /** Every stage applied in order to one table. */
    public Table apply(Table table) {
        Table t = table;
        for (BoundTransform step : steps) {
            t = step.apply(t);
        }
        return t;
    }

    @Override
    public String toString() {
        return steps.isEmpty() ? "no table stages" : input + " -> " + output().orElseThrow();
    }
}
