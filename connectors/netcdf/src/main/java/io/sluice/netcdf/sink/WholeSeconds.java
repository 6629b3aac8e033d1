package io.sluice.netcdf.sink;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time values rounded to whole seconds in their own units, as CDO writes them: CDO decodes every time to a date
 * and a time of day in seconds and encodes it again, so the raw {@code 1096.4850000000001} hours of the COADS
 * file is written as {@code 1096.485}, and a midpoint is taken in seconds. Units other than weeks, days, hours,
 * minutes and seconds (months of a 360_day calendar) are left as they are.
 *
 * <pre>{@code
 * WholeSeconds h = WholeSeconds.of("hour since 0000-01-01 00:00:00");
 * h.round(1096.4850000000001)      // 1096.485
 * h.middle(366.0, 1096.485)        // 731.2425
 * }</pre>
 */
final class WholeSeconds {
    private static final Pattern UNIT = Pattern.compile("\\s*([A-Za-z]+)\\s+since\\s.*");
    private final double secondsPerUnit;

    private WholeSeconds(double secondsPerUnit) {
        this.secondsPerUnit = secondsPerUnit;
    }

    /** The rounding for CF time units; a no-op for units it does not know. */
    static WholeSeconds of(String units) {
        Matcher m = UNIT.matcher(units == null ? "" : units);
        double seconds = 0;
        if (m.matches()) {
            seconds = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "week", "weeks" -> 7 * 86400;
                case "day", "days", "d" -> 86400;
                case "hour", "hours", "hr", "hrs", "h" -> 3600;
                case "minute", "minutes", "min", "mins" -> 60;
                case "second", "seconds", "sec", "secs", "s" -> 1;
                default -> 0;
            };
        }
        return new WholeSeconds(seconds);
    }

    /** {@code value} rounded to the nearest whole second. */
    double round(double value) {
        if (secondsPerUnit == 0 || !Double.isFinite(value)) {
            return value;
        }
        return Math.round(value * secondsPerUnit) / secondsPerUnit;
    }

    /** The middle of two times, taken in whole seconds. */
    double middle(double a, double b) {
        if (secondsPerUnit == 0) {
            return (a + b) / 2;
        }
        long sa = Math.round(a * secondsPerUnit);
        long sb = Math.round(b * secondsPerUnit);
        return (sa + sb) / 2.0 / secondsPerUnit;
    }
}
