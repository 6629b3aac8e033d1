package io.sluice.converters.stats;

import io.sluice.core.config.Config;

/**
 * Statistic stage settings for the Java DSL: each method returns the same {@link Config} a YAML pipeline would
 * hold, reducing over time.
 *
 * <pre>{@code
 * Pipeline.builder("tas-seasonal-means")
 *         .split(Splits.season())
 *         .stage(Statistics.mean())                                     // type: mean, over: time
 *         ...
 * Statistics.groupBy(Statistics.mean(), "season")                       // ... group-by: season
 * }</pre>
 */
public final class Statistics {
    private Statistics() {
    }

    /** The mean over time of the valid values per cell. */
    public static Config mean() {
        return overTime("mean");
    }

    /** The smallest valid value over time per cell. */
    public static Config min() {
        return overTime("min");
    }

    /** The largest valid value over time per cell. */
    public static Config max() {
        return overTime("max");
    }

    /** The sum over time of the valid values per cell (NaN where none is valid). */
    public static Config sum() {
        return overTime("sum");
    }

    /** The number of valid values over time per cell. */
    public static Config count() {
        return overTime("count");
    }

    /** The same statistic, pooling every chunk with the same value of {@code label} (such as season). */
    public static Config groupBy(Config statistic, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("name a chunk label to group by, such as season");
        }
        return statistic.with("group-by", label);
    }

    private static Config overTime(String type) {
        return Config.ofType(type).with("over", "time");
    }
}
