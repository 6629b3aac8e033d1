package io.sluice.converters.table;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import java.util.Map;

/**
 * Converts a column to another type into a new primitive array. Missing stays missing. Rules:
 * <ul>
 *   <li>to STRING: the value's text (floats as {@code Float.toString}, dates and times in ISO form);</li>
 *   <li>from STRING: the text parsed (surrounding blanks ignored; {@code true}/{@code false} for BOOLEAN; ISO
 *       text for DATE and TIMESTAMP); text that does not parse fails the run naming the value;</li>
 *   <li>FLOAT/DOUBLE to INT/LONG: rounded half away from zero, failing when out of range;</li>
 *   <li>LONG to INT: failing when out of range; numbers to BOOLEAN: not zero; BOOLEAN to numbers: 1 or 0;</li>
 *   <li>DATE to TIMESTAMP: midnight UTC; TIMESTAMP to DATE: the day, UTC.</li>
 * </ul>
 */
final class Conversion {
    private Conversion() {
    }

    /** Whether a column of type {@code from} can be converted to {@code to}. */
    static boolean supported(ColumnType from, ColumnType to) {
        if (from == to || from == ColumnType.STRING || to == ColumnType.STRING) {
            return true;
        }
        boolean fromTime = from == ColumnType.DATE || from == ColumnType.TIMESTAMP;
        boolean toTime = to == ColumnType.DATE || to == ColumnType.TIMESTAMP;
        return fromTime == toTime;
    }

    /**
     * The first {@code n} rows of the column as {@code to}; throws IllegalArgumentException naming the first value
     * that does not convert.
     */
    static Column convert(Column c, ColumnType to, int n) {
        if (c.type() == to) {
            return c;
        }
        Map<String, String> attributes = c.attributes();
        if (to == ColumnType.STRING) {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = c.isNull(i) ? null : text(c, i);
            }
            return Column.ofStrings(c.name(), out, attributes);
        }
        if (to.isFloatingPoint()) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double v = c.isNull(i) ? Double.NaN : c.type() == ColumnType.STRING ? parseDouble(c, i)
                        : c.type().isFloatingPoint() ? c.doubleValue(i) : c.longValue(i);
                out[i] = to == ColumnType.FLOAT ? (float) v : v;
            }
            return Column.ofValues(c.name(), to, out, attributes);
        }
        long[] out = new long[n];
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            if (c.isNull(i)) {
                nulls = nulls == null ? new boolean[n] : nulls;
                nulls[i] = true;
            } else {
                out[i] = whole(c, i, to);
            }
        }
        return Column.ofLongs(c.name(), to, out, Column.nullBits(nulls), attributes);
    }

    private static String text(Column c, int i) {
        return switch (c.type()) {
            case INT, LONG -> Long.toString(c.longValue(i));
            case FLOAT -> Float.toString((float) c.doubleValue(i));
            case DOUBLE -> Double.toString(c.doubleValue(i));
            case BOOLEAN -> c.longValue(i) != 0 ? "true" : "false";
            case DATE -> ProlepticGregorian.formatDay(c.longValue(i));
            default -> c.stringValue(i);
        };
    }

    private static long whole(Column c, int i, ColumnType to) {
        ColumnType from = c.type();
        if (from == ColumnType.STRING) {
            return parseWhole(c, i, to);
        }
        if (to == ColumnType.BOOLEAN) {
            return (from.isFloatingPoint() ? c.doubleValue(i) != 0 : c.longValue(i) != 0) ? 1 : 0;
        }
        if (to == ColumnType.TIMESTAMP) {
            return c.longValue(i) * ProlepticGregorian.MICROS_PER_DAY;
        }
        if (to == ColumnType.DATE) {
            return ProlepticGregorian.dayOfMicros(c.longValue(i));
        }
        long v;
        if (from.isFloatingPoint()) {
            double d = c.doubleValue(i);
            double r = Math.signum(d) * Math.floor(Math.abs(d) + 0.5);
            if (!(Math.abs(r) < 9.2e18)) {
                throw new IllegalArgumentException(d + " in column '" + c.name() + "' is beyond the range of " + to);
            }
            v = (long) r;
        } else {
            v = c.longValue(i);
        }
        if (to == ColumnType.INT && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(v + " in column '" + c.name() + "' is beyond the range of INT");
        }
        return v;
    }

    private static long parseWhole(Column c, int i, ColumnType to) {
        String s = c.stringValue(i).strip();
        switch (to) {
            case BOOLEAN:
                if (s.equalsIgnoreCase("true")) {
                    return 1;
                }
                if (s.equalsIgnoreCase("false")) {
                    return 0;
                }
                throw bad(c, s, "true or false");
            case DATE:
            case TIMESTAMP: {
                long v = to == ColumnType.DATE ? ProlepticGregorian.parseDay(s) : ProlepticGregorian.parseMicros(s);
                if (v == ProlepticGregorian.INVALID) {
                    throw bad(c, s, "an ISO date or time such as 2001-06-01 or 2001-06-01T12:00:00");
                }
                return v;
            }
            default:
                try {
                    long v = Long.parseLong(s);
                    if (to == ColumnType.INT && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                        throw bad(c, s, "a whole number within the range of INT");
                    }
                    return v;
                } catch (NumberFormatException e) {
                    throw bad(c, s, "a whole number");
                }
        }
    }

    private static double parseDouble(Column c, int i) {
        String s = c.stringValue(i).strip();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(c, s, "a number");
        }
    }

    private static IllegalArgumentException bad(Column c, String value, String expected) {
        return new IllegalArgumentException("'" + value + "' in column '" + c.name() + "' is not " + expected);
    }
}
