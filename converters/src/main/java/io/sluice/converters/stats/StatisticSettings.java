package io.sluice.converters.stats;

import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;

/**
 * Settings of a statistic over time for the Java DSL, with optional pooling by a chunk label.
 *
 * <pre>{@code Statistics.mean().groupBy("season")   // type: mean, over: time, group-by: season}</pre>
 *
 * @param type the statistic's type id, such as {@code mean}
 * @param groupBy the label to pool chunks by, or null
 */
public record StatisticSettings(String type, String groupBy) implements Settings {

    /** The same statistic, pooling every chunk with the same value of {@code label} (such as season). */
    public StatisticSettings groupBy(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("name a chunk label to group by, such as season");
        }
        return new StatisticSettings(type, label);
    }

    @Override
    public Config toConfig() {
        Config c = Config.ofType(type).with("over", "time");
        return groupBy == null ? c : c.with("group-by", groupBy);
    }
}
