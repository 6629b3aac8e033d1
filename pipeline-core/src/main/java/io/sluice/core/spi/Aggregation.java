package io.sluice.core.spi;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;

/**
 * A statistic over time per grid cell, in the shape accumulate / merge / finish, so that it can be computed
 * per chunk in parallel and merged in any grouping (per season-year, or a climatology over all years).
 *
 * <pre>{@code
 * Accumulator acc = mean.start(description);
 * acc.add(batch);            // for every block of the chunk
 * acc.merge(otherChunksAcc); // when grouping
 * Map<String, double[]> means = acc.finish();
 * }</pre>
 */
public interface Aggregation extends Stage {

    /** The statistic's name, used as column suffix when several statistics are computed: {@code mean}. */
    String statistic();

    /** The chunk label whose values pool chunks together (such as {@code season}), or null for none. */
    String groupBy();

    /** A fresh accumulator for the selected variables of {@code description}. */
    Accumulator start(SourceDescription description);

    /** The type of the result column for a variable. */
    ColumnType resultType(VariableInfo variable);
}
