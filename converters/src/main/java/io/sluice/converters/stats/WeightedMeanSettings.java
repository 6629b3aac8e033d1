package io.sluice.converters.stats;

import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import java.util.Objects;

/**
 * Settings of a month-length weighted mean for the Java DSL.
 *
 * <pre>{@code
 * Statistics.weightedMean().groupBy("season")
 *         .missingWeights(MissingWeights.XARRAY)
 * // type: weighted-mean, over: time, weights: month-length, missing-weights: xarray, group-by: season
 * }</pre>
 *
 * @param weights what weighs each step: {@code month-length}
 * @param missingWeights what missing months do to the weights
 * @param groupBy the label to pool chunks by, or null
 */
public record WeightedMeanSettings(String weights, MissingWeights missingWeights, String groupBy)
        implements Settings {

    /** Checks that the weights and rule are given. */
    public WeightedMeanSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(missingWeights, "missingWeights");
    }

    /** The same mean, pooling every chunk with the same value of {@code label} (such as season). */
    public WeightedMeanSettings groupBy(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("name a chunk label to group by, such as season");
        }
        return new WeightedMeanSettings(weights, missingWeights, label);
    }

    /** The same mean with another rule for missing months. */
    public WeightedMeanSettings missingWeights(MissingWeights rule) {
        return new WeightedMeanSettings(weights, rule, groupBy);
    }

    @Override
    public Config toConfig() {
        Config c = Config.ofType(MonthWeightedMean.TYPE).with("over", "time").with("weights", weights)
                .with("missing-weights", missingWeights.id());
        return groupBy == null ? c : c.with("group-by", groupBy);
    }
}
