package io.sluice.converters.stats;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Aggregation;
import java.util.List;

/**
 * Stage type {@code weighted-mean}: the mean over time of monthly data, each value weighted by the number of
 * days of its month in the file's calendar (xarray's "monthly means" example; CDO's {@code muldpm} chain).
 * Meant for monthly data, one step per month: every step weighs its month's days, whatever its spacing.
 * <ul>
 *   <li>{@code weights}: {@code month-length} (the default and, for now, the only choice).</li>
 *   <li>{@code missing-weights}: {@code renormalise} (the default: divide by the weights of the valid months)
 *       or {@code xarray} (divide by the weights of all months of the period, as xarray's recipe does).</li>
 *   <li>{@code over}, {@code group-by}: as for every statistic ({@link StatisticFactory}).</li>
 * </ul>
 *
 * <pre>{@code
 * stages:
 *   - { type: weighted-mean, weights: month-length, group-by: season }
 * }</pre>
 * or in Java {@code Statistics.weightedMean().groupBy("season")}.
 */
public final class WeightedMeanFactory extends StatisticFactory {
    /** The only weighting so far: days per month. */
    static final String MONTH_LENGTH = "month-length";

    /** The factory ServiceLoader instantiates. */
    public WeightedMeanFactory() {
        super(MonthWeightedMean.TYPE);
    }

    @Override
    Aggregation create(String groupBy, ConfigReader settings) {
        settings.choice("weights", MONTH_LENGTH, List.of(MONTH_LENGTH));
        String missing = settings.choice("missing-weights", MissingWeights.RENORMALISE.id(), MissingWeights.ids());
        return new MonthWeightedMean(MissingWeights.of(missing), groupBy);
    }
}
