package io.sluice.netcdf;

import io.sluice.core.data.TimeAxis;

/**
 * Decodes the raw values of a CF time variable into calendar dates, with exact integer day arithmetic per
 * calendar ({@link CfCalendar}); times are rounded to the nearest second. A missing {@code calendar} attribute
 * means {@code standard}. The values must be finite and strictly increasing.
 */
final class TimeDecoder {
    /** Offsets beyond this many seconds (about 30 million years) are rejected rather than rounded wrongly. */
    private static final double MAX_SECONDS = 1e15;

    private TimeDecoder() {
    }

    /**
     * The decoded axis; throws {@link IllegalArgumentException} naming the variable, its units and the reason
     * when the axis cannot be decoded.
     */
    static TimeAxis decode(String name, String units, String calendarAttribute, double[] values) {
        String calendarName = calendarAttribute == null || calendarAttribute.isBlank() ? "standard"
                : calendarAttribute.trim();
        CfCalendar calendar = CfCalendar.forName(calendarName);
        if (calendar == null) {
            throw new IllegalArgumentException("time variable '" + name + "' has calendar '" + calendarName
                    + "', which is not a CF calendar; expected one of standard, gregorian, proleptic_gregorian,"
                    + " noleap, 365_day, all_leap, 366_day, 360_day, julian");
        }
        if (units == null || units.isBlank()) {
            throw new IllegalArgumentException("time variable '" + name + "' has no units attribute; "
                    + CfTimeUnits.EXPECTED);
        }
        CfTimeUnits parsed;
        try {
            parsed = CfTimeUnits.parse(units, calendar);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time variable '" + name + "' has units '" + units
                    + "' that cannot be decoded: " + e.getMessage(), e);
        }
        int n = values.length;
        int[] years = new int[n];
        int[] months = new int[n];
        int[] days = new int[n];
        int[] seconds = new int[n];
        long referenceDay = calendar.dayNumber(parsed.year(), parsed.month(), parsed.day());
        double referenceSecond = parsed.secondOfDay() - parsed.zoneOffsetSeconds();
        int[] date = new int[3];
        for (int i = 0; i < n; i++) {
            double v = values[i];
            double offset = v * parsed.secondsPerUnit() + referenceSecond;
            if (!(Math.abs(offset) < MAX_SECONDS)) {
                String what = Double.isNaN(v) ? "a missing value" : "the value " + v + ", too far from its reference,";
                throw new IllegalArgumentException("time variable '" + name + "' (units '" + units + "') has " + what
                        + " at index " + i + "; expected finite times");
            }
            if (i > 0 && !(v > values[i - 1])) {
                throw new IllegalArgumentException("time variable '" + name + "' (units '" + units + "') is not"
                        + " strictly increasing: index " + i + " has " + v + " after " + values[i - 1]);
            }
            long total = Math.round(offset);
            calendar.date(referenceDay + Math.floorDiv(total, 86400L), date);
            years[i] = date[0];
            months[i] = date[1];
            days[i] = date[2];
            seconds[i] = (int) Math.floorMod(total, 86400L);
        }
        return TimeAxis.of(name, units, calendarName, values, years, months, days, seconds);
    }

    /** An axis of no steps, for files without a time variable (they can be inspected, not split). */
    static TimeAxis empty() {
        int[] none = new int[0];
        return TimeAxis.of("", "", "standard", new double[0], none, none, none, none);
    }
}
