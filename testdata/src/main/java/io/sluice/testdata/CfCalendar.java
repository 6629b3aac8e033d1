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
    switch (n) {
      case "gregorian":
        return STANDARD;
      case "365_day":
        return NOLEAP;
      case "366_day":
        return ALL_LEAP;
      default:
        for (CfCalendar c : values()) {
          if (c.cfName.equals(n)) {
            return c;
          }
        }
        throw new IllegalArgumentException("calendar '" + name + "' is not supported; expected one of "
            + "standard, gregorian, proleptic_gregorian, noleap, 365_day, all_leap, 366_day, 360_day, julian");
    }
  }

  /** Whether {@code year} has a 29 February in this calendar (always false for 360_day). */
  public boolean isLeapYear(int year) {
    switch (this) {
      case NOLEAP:
      case DAY_360:
        return false;
      case ALL_LEAP:
        return true;
      case JULIAN:
        return Math.floorMod(year, 4) == 0;
      case PROLEPTIC_GREGORIAN:
        return gregorianLeap(year);
      default:
        return year > 1582 ? gregorianLeap(year) : Math.floorMod(year, 4) == 0;
    }
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
    switch (this) {
      case DAY_360:
        return 360L * year + 30L * (month - 1) + day - 1;
      case NOLEAP:
      case ALL_LEAP:
        long before = 0;
        for (int m = 1; m < month; m++) {
          before += daysInMonth(year, m);
        }
        return (long) daysInYear(year) * year + before + day - 1;
      case JULIAN:
        return julianDayNumber(year, month, day, false);
      case PROLEPTIC_GREGORIAN:
        return julianDayNumber(year, month, day, true);
      default:
        long ymd = 10000L * year + 100L * month + day;
        if (ymd >= 15821015L) {
          return julianDayNumber(year, month, day, true);
        }
        if (ymd > 15821004L) {
          throw new IllegalArgumentException(ymd + " falls in the 1582 Julian-Gregorian gap");
        }
        return julianDayNumber(year, month, day, false);
    }
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
