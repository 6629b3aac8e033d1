package io.sluice.converters.stats;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;

/**
 * A standard deviation or variance over the time steps of a chunk (or of a group of chunks) for every cell.
 *
 * @param kind which spread statistic
 * @param groupBy the chunk label that pools chunks, or null
 */
record SpreadStatistic(Spread kind, String groupBy) implements Aggregation {

    @Override
    public String type() {
        return kind.id();
    }

    @Override
    public String statistic() {
        return kind.id();
    }

    @Override
    public Accumulator start(SourceDescription description) {
        return new SpreadAccumulator(kind, description.variables().stream().map(VariableInfo::name).toList(),
                CellCount.of(description, kind.id()));
    }

    @Override
    public ColumnType resultType(VariableInfo variable) {
        return ColumnType.DOUBLE;
    }
}
