package io.sluice.converters.split;

import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import java.util.List;

/**
 * Settings of a season split for the Java DSL.
 *
 * <pre>{@code Splits.season().seasons("DJFM", "AMJ", "JAS", "ON").dropIncomplete()}</pre>
 *
 * @param seasons season names, or empty for DJF, MAM, JJA, SON
 * @param dropsIncomplete whether seasons that miss a month are dropped
 */
public record SeasonSettings(List<String> seasons, boolean dropsIncomplete) implements Settings {

    /** Copies the season list. */
    public SeasonSettings {
        seasons = List.copyOf(seasons);
    }

    /** Custom seasons of consecutive month initials, such as {@code "DJFM", "AMJ", "JAS", "ON"}. */
    public SeasonSettings seasons(String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("name at least one season, such as DJF");
        }
        return new SeasonSettings(List.of(names), dropsIncomplete);
    }

    /** The same split, dropping seasons that miss a month (noted in the plan). */
    public SeasonSettings dropIncomplete() {
        return new SeasonSettings(seasons, true);
    }

    @Override
    public Config toConfig() {
        Config c = Config.ofType("season");
        if (!seasons.isEmpty()) {
            c = c.with("seasons", seasons);
        }
        return dropsIncomplete ? c.with("drop-incomplete", true) : c;
    }
}
