package io.sluice.converters.stats;

import java.util.Locale;

/**
 * The number of days of a month in a CF calendar, the weight of a monthly value in a month-length weighted
 * mean: 30 for every month of {@code 360_day}; February has 28 days in {@code noleap}/{@code 365_day}, 29 in
 * {@code all_leap}/{@code 366_day}, 29 in every fourth year in {@code julian}, and follows the Gregorian rule
 * in {@code proleptic_gregorian}; {@code standard}/{@code gregorian} is Julian before 1582 and Gregorian after,
 * and its October 1582 has 21 days (the 4th is followed by the 15th).
 *
 * <pre>{@code
 * MonthLengths.of("noleap").days(2000, 2)     // 28
 * MonthLengths.of("standard").days(1900, 2)   // 28 (Gregorian)
 * MonthLengths.of("julian").days(1900, 2)     // 29
 * }</pre>
 */
final class MonthLengths {
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private enum Rule { GREGORIAN, MIXED, JULIAN, NO_LEAP, ALL_LEAP, THIRTY }

    private final Rule rule;

    private MonthLengths(Rule rule) {
        this.rule = rule;
    }

    /** The month lengths of a calendar named as in a CF {@code calendar} attribute, in any case. */
    static MonthLengths of(String calendar) {
        String name = calendar == null ? "standard" : calendar.trim().toLowerCase(Locale.ROOT);
        Rule rule = switch (name) {
            case "standard", "gregorian", "" -> Rule.MIXED;
            case "proleptic_gregorian" -> Rule.GREGORIAN;
            case "julian" -> Rule.JULIAN;
            case "noleap", "365_day" -> Rule.NO_LEAP;
            case "all_leap", "366_day" -> Rule.ALL_LEAP;
            case "360_day" -> Rule.THIRTY;
            default -> throw new IllegalArgumentException("calendar '" + calendar + "' has no known month lengths;"
                    + " expected standard, gregorian, proleptic_gregorian, julian, noleap, 365_day, all_leap,"
                    + " 366_day or 360_day");
        };
        return new MonthLengths(rule);
    }

    /** Days of {@code month} (1-12) of {@code year}. */
    int days(int year, int month) {
        if (rule == Rule.THIRTY) {
            return 30;
        }
        if (rule == Rule.MIXED && year == 1582 && month == 10) {
            return 21;
        }
        return month == 2 && leap(year) ? 29 : DAYS[month - 1];
    }

    private boolean leap(int year) {
        boolean julian = Math.floorMod(year, 4) == 0;
        boolean gregorian = julian && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
        return switch (rule) {
            case GREGORIAN -> gregorian;
            case MIXED -> year > 1582 ? gregorian : julian;
            case JULIAN -> julian;
            case ALL_LEAP -> true;
            case NO_LEAP, THIRTY -> false;
        };
    }
}
