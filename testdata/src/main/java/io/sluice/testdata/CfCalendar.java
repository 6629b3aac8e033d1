package io.sluice.testdata;

import java.util.Locale;

/**
 * The CF calendars the generator can write, with the date arithmetic each one needs.
 *
 * <p>{@link #dayNumber} counts days from a fixed, calendar-specific origin; only differences between two
 * day numbers of the same calendar are meaningful.
 *
 * <pre>{@code
 * CfCalendar cal = CfCalendar.fromCfName("360_day");
 * long days = cal.dayNumber(1981, 3, 1) - cal.dayNumber(1981, 1, 1);   // 60
 * }</pre>
 */
public enum CfCalendar {
  /** Mixed Julian/Gregorian calendar (CF "standard", alias "gregorian"): Gregorian from 1582-10-15. */
  STANDARD("standard"),
  /** Gregorian rules extended to all years. */
  PROLEPTIC_GREGORIAN("proleptic_gregorian"),
  /** Every year has 365 days (alias "365_day"). */
  NOLEAP("noleap"),
  /** Every year has 366 days (alias "366_day"). */
  ALL_LEAP("all_leap"),
  /** Twelve months of 30 days. */
  DAY_360("360_day"),
  /** Julian rules: every fourth year is a leap year. */
  JULIAN("julian");

  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final String cfName;

  CfCalendar(String cfName) {
    this.cfName = cfName;
  }

  /** The value written to the {@code calendar} attribute. */
  public String cfName() {
    return cfName;
  }

  /** Parses a CF calendar name, accepting the CF aliases, case-insensitively. */
  public static CfCalendar fromCfName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    String canonical = switch (n) {
      case "gregorian" -> "standard";
      case "365_day" -> "noleap";
      case "366_day" -> "all_leap";
      default -> n;
    };
    for (CfCalendar c : values()) {
      if (c.cfName.equals(canonical)) {
        return c;
      }
    }
    throw new IllegalArgumentException("calendar '" + name + "' is not supported; expected one of "
        + "standard, gregorian, proleptic_gregorian, noleap, 365_day, all_leap, 366_day, 360_day, julian");
  }

  /** Whether {@code year} has a 29 February in this calendar (always false for 360_day). */
  public boolean isLeapYear(int year) {
    return switch (this) {
      case NOLEAP, DAY_360 -> false;
      case ALL_LEAP -> true;
      case JULIAN -> Math.floorMod(year, 4) == 0;
      case PROLEPTIC_GREGORIAN -> gregorianLeap(year);
      case STANDARD -> year > 1582 ? gregorianLeap(year) : Math.floorMod(year, 4) == 0;
    };
  }

  /** Number of days in {@code month} (1-12) of {@code year}. */
  public int daysInMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is outside 1..12");
    }
    if (this == DAY_360) {
      return 30;
    }
    return month == 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
  }

  /** Number of days in {@code year}. */
  public int daysInYear(int year) {
    if (this == DAY_360) {
      return 360;
    }
    if (this == STANDARD && year == 1582) {
      return 355;
    }
    return isLeapYear(year) ? 366 : 365;
  }

  /** Days from this calendar's origin to 00:00 of the given date. */
  public long dayNumber(int year, int month, int day) {
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%04d-%02d-%02d does not exist in the %s calendar", year, month, day, cfName));
    }
    return switch (this) {
      case DAY_360 -> 360L * year + 30L * (month - 1) + day - 1;
      case NOLEAP, ALL_LEAP -> (long) daysInYear(year) * year + daysBeforeMonth(year, month) + day - 1;
      case JULIAN -> julianDayNumber(year, month, day, false);
      case PROLEPTIC_GREGORIAN -> julianDayNumber(year, month, day, true);
      case STANDARD -> mixedDayNumber(year, month, day);
    };
  }

  private long daysBeforeMonth(int year, int month) {
    long before = 0;
    for (int m = 1; m < month; m++) {
      before += daysInMonth(year, m);
    }
    return before;
  }

  private static long mixedDayNumber(int year, int month, int day) {
    long ymd = 10000L * year + 100L * month + day;
    if (ymd >= 15821015L) {
      return julianDayNumber(year, month, day, true);
    }
    if (ymd > 15821004L) {
      throw new IllegalArgumentException(ymd + " falls in the 1582 Julian-Gregorian gap (1582-10-05..14)");
    }
    return julianDayNumber(year, month, day, false);
  }

  private static boolean gregorianLeap(int year) {
    return Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
  }

  /** Julian day number (Fliegel and Van Flandern style, valid for astronomical years). */
  private static long julianDayNumber(int year, int month, int day, boolean gregorian) {
    long a = (14 - month) / 12;
    long y = year + 4800L - a;
    long m = month + 12L * a - 3;
    long jdn = day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4);
    return gregorian ? jdn - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) - 32045 : jdn - 32083;
  }
}
