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

    private static StatisticSettings overTime(String type) {
        return new StatisticSettings(type, null);
    }
}
