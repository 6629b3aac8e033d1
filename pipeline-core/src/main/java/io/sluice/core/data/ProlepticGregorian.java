package io.sluice.core.data;

/**
 * Exact integer arithmetic on the proleptic Gregorian calendar, the time line of {@link ColumnType#DATE} and
 * {@link ColumnType#TIMESTAMP} values, without creating an object per value (days since 1970-01-01 and
 * microseconds since 1970-01-01T00:00:00Z, as {@code java.time} counts them).
 *
 * <pre>{@code
 * long day = ProlepticGregorian.epochDay(2001, 2, 28);              // 11381
 * ProlepticGregorian.yearOf(day)                                     // 2001
 * ProlepticGregorian.parseMicros("2001-02-28T12:00:00")              // 983361600000000
 * ProlepticGregorian.formatMicros(983361600000000L)                  // "2001-02-28T12:00:00"
 * }</pre>
 */
public final class ProlepticGregorian {
    /** Microseconds in a day. */
    public static final long MICROS_PER_DAY = 86_400_000_000L;
    /** What the parsers return for text that is not an ISO date or date-time. */
    public static final long INVALID = Long.MIN_VALUE;

    private ProlepticGregorian() {
    }

    /** Days since 1970-01-01 of a date (month 1-12), by Howard Hinnant's days_from_civil. */
    public static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** The year of a day counted from 1970-01-01. */
    public static long yearOf(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        return yoe + era * 400 + (mp >= 10 ? 1 : 0);
    }

    /** The month (1-12) of a day counted from 1970-01-01. */
    public static int monthOf(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        return (int) (mp < 10 ? mp + 3 : mp - 9);
    }

    /** Year, month and day of a day counted from 1970-01-01. */
    static long[] civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    /** The day (since 1970-01-01) holding a microsecond instant. */
    public static long dayOfMicros(long micros) {
        return Math.floorDiv(micros, MICROS_PER_DAY);
    }

    /** {@code 2001-02-28}. */
    public static String formatDay(long epochDay) {
        long[] ymd = civil(epochDay);
        return String.format("%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
    }

    /**
     * {@code 2001-02-28T12:00:00}, with a fraction of a second only when there is one, in milliseconds
     * ({@code .250}) or microseconds ({@code .250001}) as {@link java.time.Instant#toString()} writes it.
     */
    public static String formatMicros(long micros) {
        long day = dayOfMicros(micros);
        long inDay = micros - day * MICROS_PER_DAY;
        long seconds = inDay / 1_000_000;
        long fraction = inDay % 1_000_000;
        String time = String.format("T%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        String digits = fraction == 0 ? "" : fraction % 1000 == 0 ? String.format(".%03d", fraction / 1000)
                : String.format(".%06d", fraction);
        return formatDay(day) + time + digits;
    }

    /**
     * Days since 1970-01-01 of ISO text {@code YYYY-MM-DD} (also the date part of a date-time), or
     * {@link #INVALID}.
     */
    public static long parseDay(CharSequence text) {
        long micros = parseMicros(text);
        return micros == INVALID ? INVALID : dayOfMicros(micros);
    }

    /**
     * Microseconds since the epoch of ISO text {@code YYYY-MM-DD}, optionally followed by {@code T} or a space,
     * {@code HH:MM}, {@code :SS}, a fraction of up to 9 digits (cut to microseconds) and {@code Z}; or
     * {@link #INVALID} when the text is not of that form or names a date that does not exist.
     */
    public static long parseMicros(CharSequence text) {
        int n = text.length();
        if (n < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return INVALID;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return INVALID;
        }
        long micros = epochDay(year, month, day) * MICROS_PER_DAY;
        int i = 10;
        if (i < n && (text.charAt(i) == 'T' || text.charAt(i) == ' ')) {
            if (n < i + 6 || text.charAt(i + 3) != ':') {
                return INVALID;
            }
            int hour = digits(text, i + 1, i + 3);
            int minute = digits(text, i + 4, i + 6);
            int second = 0;
            i += 6;
            if (i < n && text.charAt(i) == ':') {
                second = digits(text, i + 1, i + 3);
                i += 3;
            }
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || i > n) {
                return INVALID;
            }
            micros += (hour * 3600L + minute * 60L + second) * 1_000_000L;
            if (i < n && text.charAt(i) == '.') {
                long fraction = 0;
                int count = 0;
                for (i++; i < n && Character.isDigit(text.charAt(i)); i++, count++) {
                    if (count < 6) {
                        fraction = fraction * 10 + (text.charAt(i) - '0');
                    }
                }
                if (count == 0 || count > 9) {
                    return INVALID;
                }
                for (int k = count; k < 6; k++) {
                    fraction *= 10;
                }
                micros += fraction;
            }
            if (i < n && text.charAt(i) == 'Z') {
                i++;
            }
        }
        return i == n ? micros : INVALID;
    }

    /** Days in a month of the proleptic Gregorian calendar. */
    public static int daysInMonth(long year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static int digits(CharSequence text, int from, int to) {
        if (to > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
