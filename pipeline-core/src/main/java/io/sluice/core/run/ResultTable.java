package io.sluice.core.run;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
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
 * (named {@code tas}, or {@code tas_mean} when several statistics are computed) and a {@code count} column
 * holding the number of time steps that went into each row.
 */
final class ResultTable {
    /** The column holding the number of time steps behind each row. */
    static final String COUNT_COLUMN = "count";

    private ResultTable() {
    }

    static Table of(SourceDescription description, Map<String, String> labels, List<Aggregation> aggregations,
                    List<Accumulator> accumulators, long steps) {
        GridTable table = GridTable.builder(description.space());
        labels.forEach(table::label);
        boolean suffix = aggregations.size() > 1;
        List<Map<String, double[]>> results = accumulators.stream().map(Accumulator::finish).toList();
        for (VariableInfo variable : description.variables()) {
            for (int i = 0; i < aggregations.size(); i++) {
                Aggregation a = aggregations.get(i);
                double[] values = results.get(i).get(variable.name());
                String name = suffix ? variable.name() + "_" + a.statistic() : variable.name();
                Map<String, String> attributes = a.resultType(variable) == ColumnType.LONG
                        ? Map.of() : unitsOf(variable);
                table.variable(name, a.resultType(variable), values, attributes);
            }
        }
        table.constant(COUNT_COLUMN, ColumnType.LONG, Long.toString(steps));
        return table.build();
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
        List<Aggregation> aggregations = compiled.aggregations();
        String groupBy = aggregations.isEmpty() ? null : aggregations.get(0).groupBy();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : groupBy == null ? plan.labelOrder().keySet() : List.of(groupBy)) {
            labels.put(name, "");
        }
        if (!aggregations.isEmpty()) {
            List<Accumulator> none = aggregations.stream().map(a -> a.start(description)).toList();
            return Table.of(0, of(description, labels, aggregations, none, 0).columns());
        }
        if (description.isTable()) {
            List<Column> columns = new ArrayList<>();
            for (VariableInfo v : description.variables()) {
                columns.add(Column.constant(v.name(), v.valueType(), null));
            }
            return Table.of(0, columns).withLabels(labels);
        }
        GridTable table = GridTable.builder(description.space()).time(description.time());
        labels.forEach(table::label);
        for (VariableInfo v : description.variables()) {
            table.variable(v.name(), v.valueType(), new double[0], unitsOf(v));
        }
        return Table.of(0, table.build().columns());
    }

    static Map<String, String> unitsOf(VariableInfo variable) {
        return variable.units().isEmpty() ? Map.of() : Map.of("units", variable.units());
    }
}
