package io.sluice.core.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A decoded time axis: the raw values with their units and CF calendar, and for every step the calendar date
 * (year, month, day, second of day) in that calendar. Splits work on the decoded fields, so they need no
 * calendar arithmetic of their own.
 *
 * <pre>{@code
 * TimeAxis t = TimeAxis.of("time", "days since 2000-01-01", "noleap", raw, years, months, days, seconds);
 * t.month(0)     // 1
 * t.label(0)     // "2000-01-01"
 * }</pre>
 */
public final class TimeAxis implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String units;
    private final String calendar;
    private final double[] values;
    private final int[] years;
    private final int[] months;
    private final int[] days;
    private final int[] seconds;
    private final boolean timeOfDay;
    private final String boundsName;
    private final double[] lower;
    private final double[] upper;
    private final boolean instants;

    private TimeAxis(String name, String units, String calendar, double[] values, int[] years, int[] months,
                     int[] days, int[] seconds, boolean timeOfDay, boolean instants) {
        this(name, units, calendar, values, years, months, days, seconds, timeOfDay, instants, null, null, null);
    }

    private TimeAxis(String name, String units, String calendar, double[] values, int[] years, int[] months,
                     int[] days, int[] seconds, boolean timeOfDay, boolean instants, String boundsName,
                     double[] lower, double[] upper) {
        int n = values.length;
        if (years.length != n || months.length != n || days.length != n || seconds.length != n) {
            throw new IllegalArgumentException("time axis arrays differ in length");
        }
        this.name = name;
        this.units = units;
        this.calendar = calendar;
        this.values = values;
        this.years = years;
        this.months = months;
        this.days = days;
        this.seconds = seconds;
        this.timeOfDay = timeOfDay;
        this.instants = instants;
        this.boundsName = boundsName;
        this.lower = lower;
        this.upper = upper;
        if (lower != null && (lower.length != n || upper.length != n)) {
            throw new IllegalArgumentException("time bounds differ in length from the time axis");
        }
    }

    /** A time axis from raw values and their decoded dates (arrays are not copied; do not change them). */
    public static TimeAxis of(String name, String units, String calendar, double[] values, int[] years,
                              int[] months, int[] days, int[] secondsOfDay) {
        boolean timeOfDay = false;
        for (int s : secondsOfDay) {
            timeOfDay |= s != 0;
        }
        return new TimeAxis(name, units, calendar, values, years, months, days, secondsOfDay, timeOfDay,
                onGregorianTimeLine(calendar, years, months, days));
    }

    /**
     * Whether the dates are days of the proleptic Gregorian time line: calendar {@code proleptic_gregorian}, or
     * {@code standard}/{@code gregorian} with no step before 1582-10-15 (earlier dates of those calendars are
     * Julian, as CF defines them). Other calendars (julian, noleap, all_leap, 360_day) count other days.
     */
    private static boolean onGregorianTimeLine(String calendar, int[] years, int[] months, int[] days) {
        String c = calendar == null ? "" : calendar.toLowerCase(java.util.Locale.ROOT);
        if (c.equals("proleptic_gregorian")) {
            return true;
        }
        if (!c.isEmpty() && !c.equals("standard") && !c.equals("gregorian")) {
            return false;
        }
        for (int i = 0; i < years.length; i++) {
            long date = years[i] * 10_000L + months[i] * 100L + days[i];
            if (date < 1582_10_15L) {
                return false;
            }
        }
        return true;
    }

    /** The axis of a source without time, such as a table: no name and no steps. */
    public static TimeAxis none() {
        return new TimeAxis("", "", "", new double[0], new int[0], new int[0], new int[0], new int[0], false,
                false);
    }

    /**
     * The same axis with cell bounds read from the bounds variable {@code boundsName} ({@code time_bnds}):
     * {@code lower[i]} and {@code upper[i]} in {@link #units()} (arrays are not copied; do not change them).
     */
    public TimeAxis withBounds(String boundsName, double[] lower, double[] upper) {
        return new TimeAxis(name, units, calendar, values, years, months, days, seconds, timeOfDay, instants,
                boundsName, lower, upper);
    }

    /** Steps {@code [from, to)} of this axis, with their bounds. */
    public TimeAxis slice(int from, int to) {
        return new TimeAxis(name, units, calendar, Arrays.copyOfRange(values, from, to),
                Arrays.copyOfRange(years, from, to), Arrays.copyOfRange(months, from, to),
                Arrays.copyOfRange(days, from, to), Arrays.copyOfRange(seconds, from, to),
                timeOfDay, instants, boundsName, lower == null ? null : Arrays.copyOfRange(lower, from, to),
                upper == null ? null : Arrays.copyOfRange(upper, from, to));
    }

    /** Whether the axis has cell bounds (a {@code bounds} variable such as {@code time_bnds}). */
    public boolean hasBounds() {
        return lower != null;
    }

    /** The name of the bounds variable, or null without bounds. */
    public String boundsName() {
        return boundsName;
    }

    /** The lower bound of step {@code i}; without bounds, the step's value. */
    public double lowerBound(int i) {
        return lower == null ? values[i] : lower[i];
    }

    /** The upper bound of step {@code i}; without bounds, the step's value. */
    public double upperBound(int i) {
        return upper == null ? values[i] : upper[i];
    }

    /** The time variable's name. */
    public String name() {
        return name;
    }

    /** The units string, such as {@code days since 1850-01-01}. */
    public String units() {
        return units;
    }

    /** The CF calendar name as written in the file, or {@code standard} when absent. */
    public String calendar() {
        return calendar;
    }

    /** Number of time steps. */
    public int size() {
        return values.length;
    }

    /** Raw value of step {@code i} in {@link #units()}. */
    public double value(int i) {
        return values[i];
    }

    /** Calendar year of step {@code i}. */
    public int year(int i) {
        return years[i];
    }

    /** Calendar month (1-12) of step {@code i}. */
    public int month(int i) {
        return months[i];
    }

    /** Day of month of step {@code i}. */
    public int day(int i) {
        return days[i];
    }

    /** Second of the day of step {@code i}. */
    public int secondOfDay(int i) {
        return seconds[i];
    }

    /**
     * Whether every step of the whole axis (not only of this slice) is an instant of the proleptic Gregorian
     * time line, so that {@link #micros(int)} is meaningful: true for {@code proleptic_gregorian}, and for
     * {@code standard}/{@code gregorian} axes without dates before 1582-10-15; false for {@code julian},
     * {@code noleap}/{@code 365_day}, {@code all_leap}/{@code 366_day} and {@code 360_day}, whose dates
     * (such as 2001-02-30) are not days of that time line.
     */
    public boolean hasInstants() {
        return instants;
    }

    /** Step {@code i} as microseconds since 1970-01-01T00:00:00Z; meaningful when {@link #hasInstants()}. */
    public long micros(int i) {
        return ProlepticGregorian.epochDay(years[i], months[i], days[i]) * ProlepticGregorian.MICROS_PER_DAY
                + seconds[i] * 1_000_000L;
    }

    /**
     * ISO-8601 label of step {@code i} in this axis' calendar: a date, with the time of day when any step of the
     * whole axis (not only of this slice) is not at midnight, so that every label of an axis has one form.
     */
    public String label(int i) {
        int s = seconds[i];
        String date = String.format("%04d-%02d-%02d", years[i], months[i], days[i]);
        if (!timeOfDay) {
            return date;
        }
        return date + String.format("T%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
