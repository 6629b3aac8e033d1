package io.sluice.core.run;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.data.TimeSpan;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
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

    /** CF cell method names of statistics whose name differs. */
    private static final Map<String, String> CELL_METHODS = Map.of("min", "minimum", "max", "maximum",
            "std", "standard_deviation", "var", "variance");

    private ResultTable() {
    }

    static Table of(SourceDescription description, Map<String, String> labels, List<Aggregation> aggregations,
                    List<Accumulator> accumulators, long steps, TimeSpan span) {
        GridTable table = GridTable.builder(description.space());
        labels.forEach(table::label);
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
        table.constant(COUNT_COLUMN, ColumnType.LONG, Long.toString(steps));
        return table.build();
    }

    /** The output's columns with no rows, for a plan without chunks: the output still names its columns. */
    static Table empty(PlannedRun run) {
        SourceDescription description = run.description();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : run.groupBy() == null ? run.plan().labelOrder().keySet() : List.of(run.groupBy())) {
            labels.put(name, "");
        }
        List<Aggregation> aggregations = run.compiled().aggregations();
        if (!aggregations.isEmpty()) {
            List<Accumulator> none = aggregations.stream().map(a -> a.start(description)).toList();
            return Table.of(0, of(description, labels, aggregations, none, 0, null).columns());
        }
        GridTable table = GridTable.builder(description.space()).time(description.time());
        labels.forEach(table::label);
        for (VariableInfo v : description.variables()) {
            table.variable(v.name(), v.valueType(), new double[0], copied(v));
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

    /** The variable's descriptive attributes (units, long_name, standard_name, cell_methods), unchanged. */
    static Map<String, String> copied(VariableInfo variable) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : List.of("units", "long_name", "standard_name", "cell_methods")) {
            String value = variable.attributes().get(key);
            if (value != null && !value.isEmpty()) {
                out.put(key, value);
            }
        }
        return out;
    }
}
