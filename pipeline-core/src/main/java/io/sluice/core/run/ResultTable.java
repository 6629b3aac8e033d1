package io.sluice.core.run;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.data.TimeSpan;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns finished statistics into the tidy output table: labels, spatial coordinates, one column per variable
 * (named {@code tas}, or {@code tas_mean} when several statistics are computed), a {@code count} column
 * holding the number of time steps that went into each row and, for a single chunk's period (a per-year
 * season, month or year, not a pooled group), a {@code complete} column saying whether the chunk covers its
 * whole period.
 */
final class ResultTable {
    /** The column holding the number of time steps behind each row. */
    static final String COUNT_COLUMN = "count";
    /** The column saying whether a chunk's period is complete, after {@link #COUNT_COLUMN}. */
    static final String COMPLETE_COLUMN = "complete";

    /** CF cell method names of statistics whose name differs. */
    private static final Map<String, String> CELL_METHODS = Map.of("min", "minimum", "max", "maximum",
            "std", "standard_deviation", "var", "variance");

    private ResultTable() {
    }

    /** The result of one chunk, with its {@code complete} column. */
    static Table of(SourceDescription description, Map<String, ColumnType> labelTypes, Map<String, String> labels,
                    List<Aggregation> aggregations, List<Accumulator> accumulators, long steps, boolean complete,
                    TimeSpan span) {
        return build(description, labelTypes, labels, aggregations, accumulators, steps, span)
                .constant(COMPLETE_COLUMN, ColumnType.BOOLEAN, Boolean.toString(complete)).build();
    }

    /** The result of a group of pooled chunks, without a {@code complete} column. */
    static Table of(SourceDescription description, Map<String, ColumnType> labelTypes, Map<String, String> labels,
                    List<Aggregation> aggregations, List<Accumulator> accumulators, long steps, TimeSpan span) {
        return build(description, labelTypes, labels, aggregations, accumulators, steps, span).build();
    }

    private static GridTable build(SourceDescription description, Map<String, ColumnType> labelTypes,
                                   Map<String, String> labels,
                                   List<Aggregation> aggregations, List<Accumulator> accumulators, long steps,
                                   TimeSpan span) {
        GridTable table = GridTable.builder(description.space());
        labels.forEach((name, value) -> table.label(name, value, labelTypes.get(name)));
        if (span != null) {
            table.attributes(span.toAttributes());
        }
        boolean climatology = span != null && span.climatology();
        boolean suffix = aggregations.size() > 1;
        List<Map<String, double[]>> results = accumulators.stream().map(Accumulator::finish).toList();
        for (VariableInfo variable : description.variables()) {
            for (int i = 0; i < aggregations.size(); i++) {
                Aggregation a = aggregations.get(i);
                double[] values = results.get(i).get(variable.name());
                String name = suffix ? variable.name() + "_" + a.statistic() : variable.name();
                Map<String, String> attributes = a.resultType(variable) == ColumnType.LONG
                        ? Map.of() : describing(variable, a.statistic(), climatology);
                table.variable(name, a.resultType(variable), values, attributes);
            }
        }
        return table.constant(COUNT_COLUMN, ColumnType.LONG, Long.toString(steps));
    }

    /**
     * The output's columns with no rows, after the table stages, for a plan without chunks: the output still
     * names its columns.
     */
    static Table empty(PlannedRun run) {
        return run.transforms().apply(empty(run.compiled(), run.description(), run.plan()));
    }

    /** As {@link #empty(PlannedRun)}, before the table stages. */
    static Table empty(CompiledPipeline compiled, SourceDescription description, ChunkPlan plan) {
        Map<String, ColumnType> types = plan.labelTypes();
        List<Aggregation> aggregations = compiled.aggregations();
        String groupBy = aggregations.isEmpty() ? null : aggregations.get(0).groupBy();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : groupBy == null ? plan.labelOrder().keySet() : List.of(groupBy)) {
            labels.put(name, "");
        }
        if (!aggregations.isEmpty()) {
            List<Accumulator> none = aggregations.stream().map(a -> a.start(description)).toList();
            Table columns = groupBy == null ? of(description, types, labels, aggregations, none, 0, false, null)
                    : of(description, types, labels, aggregations, none, 0, null);
            return Table.of(0, columns.columns());
        }
        if (description.isTable()) {
            List<Column> columns = new ArrayList<>();
            for (VariableInfo v : description.variables()) {
                columns.add(Column.constant(v.name(), v.valueType(), null));
            }
            return Table.of(0, columns).withLabels(labels, types);
        }
        GridTable table = GridTable.builder(description.space()).time(description.time());
        labels.forEach((name, value) -> table.label(name, value, types.get(name)));
        for (VariableInfo v : description.variables()) {
            table.variable(v.name(), v.valueType(), new double[0], v.descriptiveAttributes());
        }
        return Table.of(0, table.build().columns());
    }

    /**
     * The variable's descriptive attributes (units, long_name, standard_name) with CF {@code cell_methods} for
     * the statistic: {@code time: mean}, or {@code time: mean within years time: mean over years} when pooled.
     */
    static Map<String, String> describing(VariableInfo variable, String statistic, boolean climatology) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : List.of("units", "long_name", "standard_name")) {
            String value = variable.attributes().get(key);
            if (value != null && !value.isEmpty()) {
                out.put(key, value);
            }
        }
        String method = CELL_METHODS.getOrDefault(statistic, statistic);
        out.put("cell_methods", climatology ? "time: " + method + " within years time: " + method + " over years"
                : "time: " + method);
        return out;
    }
}
