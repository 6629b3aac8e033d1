package io.sluice.converters.stats;

/**
 * Statistic stage settings for the Java DSL: each method describes the same settings a YAML pipeline would
 * hold, reducing over time.
 *
 * <pre>{@code
 * Pipeline.builder("tas-seasonal-means")
 *         .split(Splits.season())
 *         .stage(Statistics.mean())                                     // type: mean, over: time
 *         ...
 * Statistics.mean().groupBy("season")                                 // ... group-by: season
 * Statistics.std1()                                                   // type: std1, over: time
 * Statistics.weightedMean().groupBy("season")                         // type: weighted-mean, weights: month-length, ...
 * }</pre>
 */
public final class Statistics {
    private Statistics() {
    }

    /** The mean over time of the valid values per cell. */
    public static StatisticSettings mean() {
        return overTime("mean");
    }

    /** The smallest valid value over time per cell. */
    public static StatisticSettings min() {
        return overTime("min");
    }

    /** The largest valid value over time per cell. */
    public static StatisticSettings max() {
        return overTime("max");
    }

    /** The sum over time of the valid values per cell (NaN where none is valid). */
    public static StatisticSettings sum() {
        return overTime("sum");
    }

    /** The number of valid values over time per cell. */
    public static StatisticSettings count() {
        return overTime("count");
    }

    /** The standard deviation over time per cell with divisor n, as {@code cdo seasstd} and xarray's default. */
    public static StatisticSettings std() {
        return overTime("std");
    }

    /** The standard deviation over time per cell with divisor n - 1, as {@code cdo seasstd1}. */
    public static StatisticSettings std1() {
        return overTime("std1");
    }

    /** The variance over time per cell with divisor n, as {@code cdo seasvar}. */
    public static StatisticSettings var() {
        return overTime("var");
    }

    /** The variance over time per cell with divisor n - 1, as {@code cdo seasvar1}. */
    public static StatisticSettings var1() {
        return overTime("var1");
    }

    /**
     * The mean over time of monthly values weighted by their month's number of days in the file's calendar;
     * months missing in a cell are left out of the weights unless
     * {@link WeightedMeanSettings#missingWeights(MissingWeights)} says otherwise.
     */
    public static WeightedMeanSettings weightedMean() {
        return new WeightedMeanSettings(WeightedMeanFactory.MONTH_LENGTH, MissingWeights.RENORMALISE, null);
    }

    private static StatisticSettings overTime(String type) {
        return new StatisticSettings(type, null);
    }
}
