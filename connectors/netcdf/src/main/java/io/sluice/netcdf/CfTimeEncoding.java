package io.sluice.netcdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns dates back into CF time values, {@code <unit> since <date>} in a CF calendar: the inverse of decoding a
 * time axis, with the same exact integer day arithmetic. Instants (microseconds since 1970-01-01 UTC) are read
 * on the proleptic Gregorian time line; text dates ({@code 2001-02-30}, {@code 2001-02-30T12:00:00}) in the
 * calendar's own dates, so 360_day and noleap times written as text by the tidy view come back exactly.
 *
 * <pre>{@code
 * CfTimeEncoding days = CfTimeEncoding.of("days since 2000-01-01", "360_day");
 * double v = days.encodeText("2000-02-30");   // 59.0
 * }</pre>
 */
public final class CfTimeEncoding {
    private static final Pattern DATE = Pattern.compile(
            "([+-]?\\d{1,6})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?)?Z?");
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private final String units;
    private final String calendarName;
    private final CfCalendar calendar;
    private final long referenceMicros;
    private final double microsPerUnit;

    private CfTimeEncoding(String units, String calendarName, CfCalendar calendar, CfTimeUnits parsed) {
        this.units = units;
        this.calendarName = calendarName;
        this.calendar = calendar;
        long referenceDay = calendar.dayNumber(parsed.year(), parsed.month(), parsed.day());
        this.referenceMicros = referenceDay * MICROS_PER_DAY
                + Math.round((parsed.secondOfDay() - parsed.zoneOffsetSeconds()) * 1e6);
        this.microsPerUnit = parsed.secondsPerUnit() * 1e6;
    }

    /**
     * The encoding of {@code units} in {@code calendar} (blank: standard); throws
     * {@link IllegalArgumentException} with the reason when either is not CF.
     */
    public static CfTimeEncoding of(String units, String calendar) {
        String name = calendar == null || calendar.isBlank() ? "standard" : calendar.trim();
        CfCalendar cal = CfCalendar.forName(name);
        if (cal == null) {
            throw new IllegalArgumentException("calendar '" + name + "' is not a CF calendar; expected one of"
                    + " standard, gregorian, proleptic_gregorian, noleap, 365_day, all_leap, 366_day, 360_day, julian");
        }
        if (units == null || units.isBlank()) {
            throw new IllegalArgumentException("no time units; " + CfTimeUnits.EXPECTED);
        }
        return new CfTimeEncoding(units.trim(), name, cal, CfTimeUnits.parse(units, cal));
    }

    /** The units, as given. */
    public String units() {
        return units;
    }

    /** The calendar's name, as given ({@code standard} when none was). */
    public String calendar() {
        return calendarName;
    }

    /** Whether this calendar's dates are days of the proleptic Gregorian time line (from 1582-10-15 on). */
    public boolean gregorian() {
        return calendar == CfCalendar.STANDARD || calendar == CfCalendar.PROLEPTIC_GREGORIAN;
    }

    /** The time value of an instant, microseconds since 1970-01-01T00:00:00Z. */
    public double encodeMicros(long micros) {
        return (micros - referenceMicros) / microsPerUnit;
    }

    /**
     * The time value of a date written as text in this calendar; throws {@link IllegalArgumentException} when
     * the text is not such a date.
     */
    public double encodeText(String text) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date such as 2001-02-30 or"
                    + " 2001-02-30T12:00:00");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (!calendar.isValid(year, month, day)) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the "
                    + calendarName.toLowerCase(Locale.ROOT) + " calendar");
        }
        long micros = 0;
        if (m.group(4) != null) {
            micros = (Long.parseLong(m.group(4)) * 3600 + Long.parseLong(m.group(5)) * 60) * 1_000_000L;
            if (m.group(6) != null) {
                micros += Math.round(Double.parseDouble(m.group(6)) * 1e6);
            }
        }
        return encodeMicros(calendar.dayNumber(year, month, day) * MICROS_PER_DAY + micros);
    }
}
