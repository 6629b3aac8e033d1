package io.sluice.converters.stats;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;

/**
 * The mean over time of monthly values weighted by the length of their month in the file's calendar, for
 * every cell; its result column is suffixed {@code weighted_mean}.
 *
 * @param missing what a missing month does to the weights
 * @param groupBy the chunk label that pools chunks, or null
 */
record MonthWeightedMean(MissingWeights missing, String groupBy) implements Aggregation {
    /** The stage type id. */
    static final String TYPE = "weighted-mean";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String statistic() {
        return "weighted_mean";
    }

    @Override
    public Accumulator start(SourceDescription description) {
        return new WeightedMeanAccumulator(missing, description.variables().stream().map(VariableInfo::name)
                .toList(), CellCount.of(description, TYPE));
    }

    @Override
    public ColumnType resultType(VariableInfo variable) {
        return ColumnType.DOUBLE;
    }
}
