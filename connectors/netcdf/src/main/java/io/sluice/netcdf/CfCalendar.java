package io.sluice.netcdf;

import java.util.Locale;

/**
 * The CF calendars, each as exact integer arithmetic between a calendar date and a day number. Day numbers of
 * the Julian and Gregorian based calendars share one scale (day 0 is Gregorian 1970-01-01), so that the
 * {@code standard} calendar can switch from Julian to Gregorian at 1582-10-15 as CF defines it. Years use
 * astronomical numbering: year 0 exists (it is 1 BC) and is a leap year in the Julian calendar.
 */
enum CfCalendar {
    /** Julian before 1582-10-15, Gregorian from then on (CF {@code standard} and {@code gregorian}). */
    STANDARD,
    /** Gregorian rules for all dates. */
    PROLEPTIC_GREGORIAN,
    /** Every fourth year is a leap year. */
    JULIAN,
    /** 365 days every year. */
    NOLEAP,
    /** 366 days every year. */
    ALL_LEAP,
    /** Twelve months of 30 days. */
    DAY_360;

    private static final int[] CUMULATIVE_365 = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    private static final int[] CUMULATIVE_366 = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};
    private static final long GREGORIAN_START = gregorianDay(1582, 10, 15);

    /** The calendar of a CF {@code calendar} attribute (case-insensitive), or null when it is not known. */
    static CfCalendar forName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "standard", "gregorian" -> STANDARD;
            case "proleptic_gregorian" -> PROLEPTIC_GREGORIAN;
            case "julian" -> JULIAN;
            case "noleap", "365_day" -> NOLEAP;
            case "all_leap", "366_day" -> ALL_LEAP;
            case "360_day" -> DAY_360;
            default -> null;
        };
    }

    /** Whether {@code year-month-day} is a date of this calendar. */
    boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return false;
        }
        return this != STANDARD || !(year == 1582 && month == 10 && day > 4 && day < 15);
    }

    /** The day number of a valid date. */
    long dayNumber(int year, int month, int day) {
        return switch (this) {
            case STANDARD -> compare(year, month, day, 1582, 10, 15) >= 0
                    ? gregorianDay(year, month, day) : julianDay(year, month, day);
            case PROLEPTIC_GREGORIAN -> gregorianDay(year, month, day);
            case JULIAN -> julianDay(year, month, day);
            case NOLEAP -> 365L * year + CUMULATIVE_365[month - 1] + day - 1;
            case ALL_LEAP -> 366L * year + CUMULATIVE_366[month - 1] + day - 1;
            case DAY_360 -> 360L * year + 30L * (month - 1) + day - 1;
        };
    }

    /**
     * Writes the date of {@code dayNumber} into {@code out} as year, month, day (no allocation, for loops).
     */
    void date(long dayNumber, int[] out) {
        switch (this) {
            case STANDARD -> {
                if (dayNumber >= GREGORIAN_START) {
                    gregorianDate(dayNumber, out);
                } else {
                    julianDate(dayNumber, out);
                }
            }
            case PROLEPTIC_GREGORIAN -> gregorianDate(dayNumber, out);
            case JULIAN -> julianDate(dayNumber, out);
            case NOLEAP -> fixedYearDate(dayNumber, 365, CUMULATIVE_365, out);
            case ALL_LEAP -> fixedYearDate(dayNumber, 366, CUMULATIVE_366, out);
            case DAY_360 -> {
                out[0] = (int) Math.floorDiv(dayNumber, 360L);
                int doy = (int) Math.floorMod(dayNumber, 360L);
                out[1] = doy / 30 + 1;
                out[2] = doy % 30 + 1;
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private int monthLength(int year, int month) {
        return switch (this) {
            case DAY_360 -> 30;
            case NOLEAP -> CUMULATIVE_365[month] - CUMULATIVE_365[month - 1];
            case ALL_LEAP -> CUMULATIVE_366[month] - CUMULATIVE_366[month - 1];
            default -> {
                boolean julian = this == JULIAN || (this == STANDARD && year < 1582);
                boolean leap = Math.floorMod(year, 4) == 0
                        && (julian || Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
                int[] table = leap ? CUMULATIVE_366 : CUMULATIVE_365;
                yield table[month] - table[month - 1];
            }
        };
    }

    private static int compare(int y1, int m1, int d1, int y2, int m2, int d2) {
        return y1 != y2 ? Integer.compare(y1, y2) : m1 != m2 ? Integer.compare(m1, m2) : Integer.compare(d1, d2);
    }

    /** Days from 1970-01-01 in the proleptic Gregorian calendar (years counted from March). */
    private static long gregorianDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static void gregorianDate(long dayNumber, int[] out) {
        long z = dayNumber + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        marchBasedDate(era * 400 + yoe, doe - (365 * yoe + yoe / 4 - yoe / 100), out);
    }

    /** Days from Gregorian 1970-01-01 of a Julian date (Julian 0000-03-01 is Gregorian 0000-02-28 minus one). */
    private static long julianDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 4L);
        long yoe = y - era * 4;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        return era * 1461 + yoe * 365 + doy - 719470;
    }

    private static void julianDate(long dayNumber, int[] out) {
        long z = dayNumber + 719470;
        long era = Math.floorDiv(z, 1461L);
        long doe = z - era * 1461;
        long yoe = (doe - doe / 1460) / 365;
        marchBasedDate(era * 4 + yoe, doe - 365 * yoe, out);
    }

    private static void marchBasedDate(long marchYear, long doy, int[] out) {
        long mp = (5 * doy + 2) / 153;
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        out[0] = (int) (month <= 2 ? marchYear + 1 : marchYear);
        out[1] = month;
        out[2] = (int) (doy - (153 * mp + 2) / 5 + 1);
    }

    private static void fixedYearDate(long dayNumber, int yearLength, int[] cumulative, int[] out) {
        out[0] = (int) Math.floorDiv(dayNumber, (long) yearLength);
        int doy = (int) Math.floorMod(dayNumber, (long) yearLength);
        int m = 1;
        while (cumulative[m] <= doy) {
            m++;
        }
        out[1] = m;
        out[2] = doy - cumulative[m - 1] + 1;
    }
}
