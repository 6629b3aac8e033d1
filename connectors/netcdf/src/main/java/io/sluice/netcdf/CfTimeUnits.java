package io.sluice.netcdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed CF time unit, {@code <unit> since <date>[ time][ zone]}, such as {@code days since 1850-1-1} or
 * {@code hour since 1980-01-14 14:00:00}. The reference is kept as a date and a second of the day in UTC
 * (a zone offset is subtracted), and is checked against the calendar when the axis is decoded.
 *
 * @param secondsPerUnit length of one unit in seconds (months and years only in the 360_day calendar)
 * @param unitName the unit as written
 * @param year reference year (astronomical: year 0 exists)
 * @param month reference month, 1-12
 * @param day reference day of month
 * @param secondOfDay reference time of day in seconds, before the zone offset
 * @param zoneOffsetSeconds the zone's offset from UTC in seconds
 */
record CfTimeUnits(double secondsPerUnit, String unitName, int year, int month, int day, double secondOfDay,
                   int zoneOffsetSeconds) {

    private static final Pattern UNITS = Pattern.compile("\\s*([A-Za-z]+)\\s+since\\s+(.+?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile(
            "([+-]?\\d{1,6})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:T|\\s+)(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}(?:\\.\\d*)?))?)?)?"
            + "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?", Pattern.CASE_INSENSITIVE);

    /** What the units must look like, for messages. */
    static final String EXPECTED = "expected '<days|hours|minutes|seconds> since <yyyy-mm-dd>[ hh:mm:ss][ zone]'";

    /**
     * Parses {@code text}; throws {@link IllegalArgumentException} with the reason when it is not a CF time unit
     * that {@code calendar} can use.
     */
    static CfTimeUnits parse(String text, CfCalendar calendar) {
        Matcher m = UNITS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        double seconds = secondsPerUnit(m.group(1), calendar);
        Matcher r = REFERENCE.matcher(m.group(2));
        if (!r.matches()) {
            throw new IllegalArgumentException("the reference date '" + m.group(2) + "' is not yyyy-mm-dd"
                    + " with an optional hh:mm:ss and zone; " + EXPECTED);
        }
        int year = Integer.parseInt(r.group(1));
        int month = Integer.parseInt(r.group(2));
        int day = Integer.parseInt(r.group(3));
        if (!calendar.isValid(year, month, day)) {
            throw new IllegalArgumentException("the reference date " + m.group(2) + " does not exist in the "
                    + calendar.name().toLowerCase(Locale.ROOT) + " calendar");
        }
        int hour = r.group(4) == null ? 0 : Integer.parseInt(r.group(4));
        int minute = r.group(5) == null ? 0 : Integer.parseInt(r.group(5));
        double second = r.group(6) == null ? 0 : Double.parseDouble(r.group(6));
        if (hour > 23 || minute > 59 || second >= 61) {
            throw new IllegalArgumentException("the reference time in '" + m.group(2) + "' is not a time of day");
        }
        return new CfTimeUnits(seconds, m.group(1), year, month, day, hour * 3600 + minute * 60 + second,
                zoneOffset(r.group(7)));
    }

    private static double secondsPerUnit(String unit, CfCalendar calendar) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "week", "weeks":
                return 7 * 86400;
            case "day", "days", "d":
                return 86400;
            case "hour", "hours", "hr", "hrs", "h":
                return 3600;
            case "minute", "minutes", "min", "mins":
                return 60;
            case "second", "seconds", "sec", "secs", "s":
                return 1;
            case "millisecond", "milliseconds", "msec", "msecs", "ms":
                return 0.001;
            case "month", "months":
                if (calendar == CfCalendar.DAY_360) {
                    return 30 * 86400;
                }
                throw new IllegalArgumentException("'" + unit + "' have no fixed length in this calendar"
                        + " (only in 360_day); " + EXPECTED);
            case "year", "years":
                if (calendar == CfCalendar.DAY_360) {
                    return 360 * 86400;
                }
                throw new IllegalArgumentException("'" + unit + "' have no fixed length in this calendar"
                        + " (only in 360_day); " + EXPECTED);
            default:
                throw new IllegalArgumentException("'" + unit + "' is not a time unit; " + EXPECTED);
        }
    }

    private static int zoneOffset(String zone) {
        if (zone == null || !(zone.startsWith("+") || zone.startsWith("-"))) {
            return 0;
        }
        int sign = zone.startsWith("-") ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        return sign * (hours * 3600 + minutes * 60);
    }
}
