package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code seasons} setting: names made of consecutive month initials ({@code DJF}, {@code NDJFM}),
 * each month in at most one season. Every bad name becomes a located problem.
 */
final class SeasonList {
    static final String KEY = "seasons";
    static final List<String> STANDARD = List.of("DJF", "MAM", "JJA", "SON");

    private SeasonList() {
    }

    /** The seasons configured (the standard four when not given), or null after recording problems. */
    static MonthGroups read(ConfigReader settings) {
        boolean isList = settings.config().get(KEY) instanceof List;
        List<String> names = settings.strings(KEY, STANDARD);
        if (names.isEmpty()) {
            settings.problem(KEY, "expected at least one season, such as [DJF, MAM, JJA, SON]");
            return null;
        }
        List<MonthGroup> seasons = new ArrayList<>();
        int[] seasonOfMonth = new int[13];
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String where = isList ? KEY + "[" + i + "]" : KEY;
            MonthGroup season = parse(names.get(i), where, settings);
            if (season == null) {
                ok = false;
                continue;
            }
            String overlap = overlap(season, seasons, seasonOfMonth);
            if (overlap != null) {
                settings.problem(where, overlap);
                ok = false;
                continue;
            }
            seasons.add(season);
        }
        return ok ? MonthGroups.of(seasons) : null;
    }

    private static MonthGroup parse(String given, String where, ConfigReader settings) {
        String name = given.trim().toUpperCase(Locale.ROOT);
        List<Integer> firsts = MonthGroup.firstMonthsSpelling(name);
        if (firsts.isEmpty()) {
            settings.problem(where, "'" + given + "' is not a run of consecutive month initials (J F M A M J J A"
                    + " S O N D, up to 12, wrapping after D); expected a season such as DJF, MAM or NDJFM");
            return null;
        }
        if (firsts.size() > 1) {
            List<String> months = firsts.stream().map(MonthGroup::monthName).toList();
            settings.problem(where, "'" + given + "' is ambiguous: it could start in " + String.join(" or ", months)
                    + "; name at least two months, such as " + MonthGroup.INITIALS.substring(firsts.get(0) - 1,
                    firsts.get(0) + 1));
            return null;
        }
        return new MonthGroup(name, firsts.get(0), name.length());
    }

    /** A message when {@code season} shares a month with an earlier one; marks its months otherwise. */
    private static String overlap(MonthGroup season, List<MonthGroup> earlier, int[] seasonOfMonth) {
        for (int month = 1; month <= 12; month++) {
            if (season.contains(month) && seasonOfMonth[month] > 0) {
                return "'" + season.name() + "' repeats " + MonthGroup.monthName(month) + ", already in season "
                        + earlier.get(seasonOfMonth[month] - 1).name() + "; a month may be in at most one season";
            }
        }
        for (int month = 1; month <= 12; month++) {
            if (season.contains(month)) {
                seasonOfMonth[month] = earlier.size() + 1;
            }
        }
        return null;
    }
}
