package io.sluice.converters.split;

import io.sluice.core.config.Config;
import java.util.List;

/**
 * Split settings for the Java DSL: each method returns the same {@link Config} a YAML pipeline would hold.
 *
 * <pre>{@code
 * Pipeline.builder("tas-seasonal-means")
 *         .split(Splits.season())                                  // type: season
 *         ...
 * Splits.season("DJFM", "AMJ", "JAS", "ON")                        // seasons: [DJFM, AMJ, JAS, ON]
 * Splits.season().dropIncomplete()                                // drop-incomplete: true
 * Splits.steps(365)                                                // type: steps, size: 365
 * }</pre>
 */
public final class Splits {
    private Splits() {
    }

    /** Seasons DJF, MAM, JJA, SON; December belongs to the next year's DJF; incomplete seasons are kept. */
    public static SeasonSettings season() {
        return new SeasonSettings(List.of(), false);
    }

    /** Custom seasons of consecutive month initials, such as {@code "DJFM", "AMJ", "JAS", "ON"}. */
    public static SeasonSettings season(String... seasons) {
        return season().seasons(seasons);
    }

    /** One chunk per calendar month: {@code 1982-01}. */
    public static Config month() {
        return Config.ofType("month");
    }

    /** One chunk per calendar year: {@code 1982}. */
    public static Config year() {
        return Config.ofType("year");
    }

    /** Every time step in one chunk (the default split). */
    public static Config steps() {
        return Config.ofType("steps");
    }

    /** Chunks of {@code size} consecutive time steps. */
    public static Config steps(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("steps per chunk must be at least 1, got " + size);
        }
        return steps().with("size", size);
    }
}
