package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import java.util.List;

/**
 * The seasons of the {@code seasons} setting, the same definitions the season split uses, for stages that give
 * rows a season: which season a month is in, and the season's year (the year its last month falls in, so that
 * December 1981 is in DJF 1982).
 *
 * <pre>{@code
 * Seasons s = Seasons.read(settings);          // seasons: [DJF, MAM, JJA, SON] unless configured
 * int i = s.indexOf(12);                        // 0
 * s.name(i) + " " + s.year(i, 1981, 12)         // "DJF 1982"
 * }</pre>
 */
public final class Seasons {
    private final MonthGroups groups;

    private Seasons(MonthGroups groups) {
        this.groups = groups;
    }

    /**
     * Reads the {@code seasons} setting (default DJF, MAM, JJA, SON), recording problems as the season split
     * does; null when it is wrong.
     */
    public static Seasons read(ConfigReader settings) {
        MonthGroups groups = SeasonList.read(settings);
        return groups == null ? null : new Seasons(groups);
    }

    /** The index of the season holding {@code month} (1-12), or -1 when no season holds it. */
    public int indexOf(int month) {
        return groups.indexOf(month);
    }

    /** The name of season {@code index}, such as {@code DJF}. */
    public String name(int index) {
        return groups.get(index).name();
    }

    /** The season-year of a date in {@code month} of {@code year} that falls in season {@code index}. */
    public int year(int index, int year, int month) {
        return groups.get(index).groupYear(year, month);
    }

    /** The season names in order. */
    public List<String> names() {
        return groups.names();
    }
}
