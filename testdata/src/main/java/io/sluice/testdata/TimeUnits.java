package io.sluice.testdata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CF time units string such as {@code "days since 1850-01-01"} or
 * {@code "hours since 1900-01-01 00:00:00"}, optionally followed by a time zone ({@code UTC}, {@code Z} or an
 * offset such as {@code +00:00} or {@code -5:30}), able to turn a calendar position into a coordinate value.
 *
 * <pre>{@code
 * TimeUnits u = TimeUnits.parse("hours since 1900-01-01 00:00:00");
 * double v = u.value(CfCalendar.STANDARD, CfCalendar.STANDARD.dayNumber(1900, 1, 2) + 0.5);   // 36.0
 * }</pre>
 *
 * @param text the units string as written to the file
 * @param secondsPerUnit length of one unit in seconds (86400 for days)
 * @param year reference year
 * @param month reference month (1-12)
 * @param day reference day of month
 * @param secondOfDay reference time of day in seconds, local to the zone
 * @param zoneOffsetSeconds the zone's offset from UTC in seconds (0 for none, UTC or Z)
 */
public record TimeUnits(String text, long secondsPerUnit, int year, int month, int day, int secondOfDay,
    int zoneOffsetSeconds) {

  private static final Pattern FORMAT = Pattern.compile(
      "\\s*(\\w+)\\s+since\\s+(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
          + "(?:\\s*(UTC|Z|([+-])(\\d{1,2})(?::?(\\d{2}))?))?\\s*");

  /** Parses {@code "<days|hours|minutes|seconds> since YYYY-MM-DD[ hh:mm[:ss]][ UTC|Z|+hh:mm]"}. */
  public static TimeUnits parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("time units '" + text
          + "' are not of the form '<days|hours|minutes|seconds> since YYYY-MM-DD[ hh:mm[:ss]][ UTC|Z|+hh:mm]'");
    }
    long seconds = secondsPerUnit(m.group(1), text);
    int hour = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
    int offset = 0;
    if (m.group(9) != null) {
      int minutes = 60 * Integer.parseInt(m.group(10)) + (m.group(11) == null ? 0 : Integer.parseInt(m.group(11)));
      offset = (m.group(9).equals("-") ? -60 : 60) * minutes;
    }
    return new TimeUnits(text, seconds, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)), 3600 * hour + 60 * minute + second, offset);
  }

  private static long secondsPerUnit(String unit, String text) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day", "days", "d" -> 86400;
      case "hour", "hours", "hr", "h" -> 3600;
      case "minute", "minutes", "min" -> 60;
      case "second", "seconds", "sec", "s" -> 1;
      default -> throw new IllegalArgumentException("time units '" + text + "': unit '" + unit
          + "' is not supported; use days, hours, minutes or seconds");
    };
  }

  /**
   * Converts a position on the calendar, given as fractional days from the calendar's origin
   * ({@link CfCalendar#dayNumber} plus the fraction of the day, in UTC), to a value in these units. The
   * reference's UTC time is its local time minus the zone offset.
   */
  public double value(CfCalendar calendar, double days) {
    double since = days - calendar.dayNumber(year, month, day);
    return (since * 86400.0 - secondOfDay + zoneOffsetSeconds) / secondsPerUnit;
  }
}
