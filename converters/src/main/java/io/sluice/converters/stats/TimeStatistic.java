package io.sluice.converters.stats;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;

/**
 * A statistic over the time steps of a chunk (or of a group of chunks) for every grid cell.
 *
 * @param kind which statistic
 * @param groupBy the chunk label that pools chunks, or null
 */
record TimeStatistic(Statistic kind, String groupBy) implements Aggregation {

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
        return new CellAccumulator(kind, description.variables().stream().map(VariableInfo::name).toList(),
                CellCount.of(description, kind.id()));
    }

    @Override
    public ColumnType resultType(VariableInfo variable) {
        return switch (kind) {
            case COUNT -> ColumnType.LONG;
            // min and max are values of the data; a mean or sum keeps the precision it was accumulated in,
            // as cdo -b F64 does: rounding a mean of float32 pressures near 1e5 Pa to float32 costs 4e-3 Pa
            case MIN, MAX -> variable.valueType();
            default -> ColumnType.DOUBLE;
        };
    }
}
