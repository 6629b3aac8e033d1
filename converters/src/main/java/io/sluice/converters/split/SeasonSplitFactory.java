package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;

/**
 * Split type {@code season}: one chunk per season of each season-year, keyed {@code DJF-1982} and labelled
 * {@code season=DJF, year=1982}, in time order.
 * <ul>
 *   <li>A chunk is a maximal run of consecutive time steps whose months belong to the same season of the same
 *       season-year. The season-year is the year of the season's last month: December 1981 belongs to
 *       {@code DJF-1982}, and November 1981 to {@code NDJFM-1982}. Steps in months of no season are skipped.</li>
 *   <li>A chunk is <em>complete</em> when every month of its season has at least one time step in it and, for
 *       data finer than monthly, the data does not begin or end inside it (see {@code PeriodSplit}). A file
 *       starting on 1981-01-01 begins with an incomplete {@code DJF-1981} (January and February only); one ending
 *       in December 1984 ends with an incomplete {@code DJF-1985} (December only).</li>
 *   <li>{@code seasons}: season names made of consecutive month initials, each month in at most one season;
 *       default {@code [DJF, MAM, JJA, SON]}. Other examples: {@code [DJFM, AMJ, JAS, ON]}, {@code [NDJFM]}.</li>
 *   <li>{@code drop-incomplete}: false (default) keeps incomplete seasons, as CDO and xarray do; true drops them
 *       and lists the dropped keys in the plan's notes.</li>
 * </ul>
 * The plan's label order is the seasons as given, and the years present in ascending order.
 *
 * <pre>{@code
 * split:
 *   type: season
 *   seasons: [DJF, MAM, JJA, SON]
 *   drop-incomplete: false
 * }</pre>
 * or in Java {@code Splits.season()}.
 */
public final class SeasonSplitFactory implements SplitFactory {

    @Override
    public String type() {
        return "season";
    }

    @Override
    public Split create(ConfigReader settings) {
        MonthGroups seasons = SeasonList.read(settings);
        boolean dropIncomplete = settings.bool("drop-incomplete", false);
        return seasons == null ? null : new PeriodSplit(seasons, PeriodNaming.SEASON, dropIncomplete);
    }
}
