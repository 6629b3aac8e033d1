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

    private TimeAxis(String name, String units, String calendar, double[] values, int[] years, int[] months,
                     int[] days, int[] seconds, boolean timeOfDay) {
        this(name, units, calendar, values, years, months, days, seconds, timeOfDay, null, null, null);
    }

    private TimeAxis(String name, String units, String calendar, double[] values, int[] years, int[] months,
                     int[] days, int[] seconds, boolean timeOfDay, String boundsName, double[] lower,
                     double[] upper) {
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
        return new TimeAxis(name, units, calendar, values, years, months, days, secondsOfDay, timeOfDay);
    }

    /** The axis of a source without time, such as a table: no name and no steps. */
    public static TimeAxis none() {
        return new TimeAxis("", "", "", new double[0], new int[0], new int[0], new int[0], new int[0], false);
    }

    /**
     * The same axis with cell bounds read from the bounds variable {@code boundsName} ({@code time_bnds}):
     * {@code lower[i]} and {@code upper[i]} in {@link #units()} (arrays are not copied; do not change them).
     */
    public TimeAxis withBounds(String boundsName, double[] lower, double[] upper) {
        return new TimeAxis(name, units, calendar, values, years, months, days, seconds, timeOfDay, boundsName,
                lower, upper);
    }

    /** Steps {@code [from, to)} of this axis, with their bounds. */
    public TimeAxis slice(int from, int to) {
        return new TimeAxis(name, units, calendar, Arrays.copyOfRange(values, from, to),
                Arrays.copyOfRange(years, from, to), Arrays.copyOfRange(months, from, to),
                Arrays.copyOfRange(days, from, to), Arrays.copyOfRange(seconds, from, to),
                timeOfDay, boundsName, lower == null ? null : Arrays.copyOfRange(lower, from, to),
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
