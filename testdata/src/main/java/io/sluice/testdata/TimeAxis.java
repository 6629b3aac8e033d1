package io.sluice.testdata;

/**
 * The time steps of a fixture: whole years from 1 January of a start year, daily or monthly (stamped mid-month
 * or on the month's last day), in one calendar.
 * Positions are fractional days from the calendar's origin (see {@link CfCalendar#dayNumber}).
 *
 * <pre>{@code
 * TimeAxis axis = TimeAxis.of(CfCalendar.NOLEAP, Frequency.DAILY, 1981, 3);
 * axis.size();        // 1095
 * axis.dateKey(59);   // 19810301
 * }</pre>
 */
public final class TimeAxis {
  private final CfCalendar calendar;
  private final double[] lower;
  private final double[] upper;
  private final double[] stamp;
  private final int[] dateKey;
  private final double[] doy;
  private final int[] yearLength;

  private TimeAxis(CfCalendar calendar, int steps) {
    this.calendar = calendar;
    this.lower = new double[steps];
    this.upper = new double[steps];
    this.stamp = new double[steps];
    this.dateKey = new int[steps];
    this.doy = new double[steps];
    this.yearLength = new int[steps];
  }

  /** Builds the axis of {@code years} whole years starting on 1 January of {@code startYear}. */
  public static TimeAxis of(CfCalendar calendar, Frequency frequency, int startYear, int years) {
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1, got " + years);
    }
    if (calendar == CfCalendar.STANDARD && startYear <= 1582) {
      throw new IllegalArgumentException("standard calendar fixtures must start after 1582, got " + startYear
          + "; use proleptic_gregorian or julian for earlier years");
    }
    int steps = 0;
    for (int y = startYear; y < startYear + years; y++) {
      steps += frequency.monthly() ? 12 : calendar.daysInYear(y);
    }
    TimeAxis axis = new TimeAxis(calendar, steps);
    int i = 0;
    for (int y = startYear; y < startYear + years; y++) {
      for (int m = 1; m <= 12; m++) {
        if (frequency.monthly()) {
          int days = calendar.daysInMonth(y, m);
          axis.set(i, y, m, 1, days);
          if (frequency == Frequency.MONTHLY_END) {
            axis.stamp[i] = axis.upper[i] - 1;
          }
          i++;
        } else {
          for (int d = 1; d <= calendar.daysInMonth(y, m); d++) {
            axis.set(i++, y, m, d, 1);
          }
        }
      }
    }
    return axis;
  }

  private void set(int i, int year, int month, int day, int lengthDays) {
    long yearStart = calendar.dayNumber(year, 1, 1);
    lower[i] = calendar.dayNumber(year, month, day);
    upper[i] = lower[i] + lengthDays;
    stamp[i] = (lower[i] + upper[i]) / 2;
    dateKey[i] = 10000 * year + 100 * month + day;
    doy[i] = 0.5 + (lower[i] + upper[i]) / 2 - yearStart;
    yearLength[i] = calendar.daysInYear(year);
  }

  /** The calendar of this axis. */
  public CfCalendar calendar() {
    return calendar;
  }

  /** Number of time steps. */
  public int size() {
    return lower.length;
  }

  /** Start of step {@code i}, in days from the calendar's origin. */
  public double lowerDays(int i) {
    return lower[i];
  }

  /** End of step {@code i} (exclusive), in days from the calendar's origin. */
  public double upperDays(int i) {
    return upper[i];
  }

  /** Time stamp of step {@code i}: the middle of its bounds, or the last day's 00:00 for MONTHLY_END. */
  public double stampDays(int i) {
    return stamp[i];
  }

  /** Start date of step {@code i} as the integer {@code yyyymmdd}. */
  public int dateKey(int i) {
    return dateKey[i];
  }

  /**
   * Day of year of the middle of step {@code i} (its stamp, except for MONTHLY_END): 0.5 plus the days from
   * 1 January 00:00 to the middle, so daily
   * steps get 1, 2, ..., 365 and a 31-day January gets 16.0.
   */
  public double dayOfYear(int i) {
    return doy[i];
  }

  /** Number of days in the calendar year of step {@code i} (360, 365 or 366). */
  public int yearLength(int i) {
    return yearLength[i];
  }
}
