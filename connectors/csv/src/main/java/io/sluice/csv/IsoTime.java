package io.sluice.csv;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads ISO-8601 dates ({@code 2001-02-28}) and timestamps ({@code 2001-02-28T13:45}, {@code 2001-02-28 13:45:30.25},
 * {@code 2001-02-28T13:45:30Z}, {@code ...+01:00}) from field text, in the proleptic Gregorian calendar, without
 * creating objects for fixed zones. A timestamp without a zone is in the source's zone (UTC unless set); a
 * date alone is a timestamp at midnight. Fractions finer than a microsecond are cut off.
 *
 * <pre>{@code IsoTime.parseDate("1970-01-02")   // 1 (days since 1970-01-01); INVALID for "1970-02-30"}</pre>
 */
final class IsoTime {
    /** What the parsers return for text that is not a valid date or timestamp. */
    static final long INVALID = Long.MIN_VALUE;

    private final ZoneId zone;
    private final int fixedOffsetSeconds;

    /** Parsers of timestamps without a zone in {@code zone}. */
    IsoTime(ZoneId zone) {
        this.zone = zone;
        this.fixedOffsetSeconds = zone instanceof ZoneOffset o ? o.getTotalSeconds()
                : zone.getRules().isFixedOffset() ? zone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds()
                : Integer.MIN_VALUE;
    }

    /** Days since 1970-01-01 of {@code yyyy-MM-dd}, or {@link #INVALID}. */
    static long parseDate(String s) {
        return s.length() == 10 ? day(s) : INVALID;
    }

    /** Microseconds since 1970-01-01T00:00:00Z, or {@link #INVALID}. */
    long parseTimestamp(String s) {
        int n = s.length();
        long day = n >= 10 ? day(s) : INVALID;
        if (day == INVALID) {
            return INVALID;
        }
        if (n == 10) {
            return toMicros(day, 0, 0, s);
        }
        char t = s.charAt(10);
        if ((t != 'T' && t != ' ') || n < 16 || s.charAt(13) != ':') {
            return INVALID;
        }
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        long micros = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = n >= 19 ? digits(s, 17, 2) : -1;
            i = 19;
            if (i < n && s.charAt(i) == '.') {
                int first = ++i;
                long scale = 100_000;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    micros += (s.charAt(i) - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == first) {
                    return INVALID;
                }
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID;
        }
        long secondOfDay = hour * 3600L + minute * 60L + second;
        if (i == n) {
            return toMicros(day, secondOfDay, micros, s);
        }
        int offset = offsetSeconds(s, i);
        if (offset == Integer.MIN_VALUE) {
            return INVALID;
        }
        return ((day * 86_400L + secondOfDay - offset) * 1_000_000L) + micros;
    }

    private long toMicros(long day, long secondOfDay, long micros, String s) {
        int offset = fixedOffsetSeconds;
        if (offset == Integer.MIN_VALUE) {
            LocalDateTime local = LocalDateTime.of(java.time.LocalDate.ofEpochDay(day),
                    java.time.LocalTime.ofSecondOfDay(secondOfDay));
            offset = zone.getRules().getOffset(local).getTotalSeconds();
        }
        return ((day * 86_400L + secondOfDay - offset) * 1_000_000L) + micros;
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} from {@code i} to the end, in seconds. */
    private static int offsetSeconds(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == n) {
            return 0;
        }
        if (c != '+' && c != '-') {
            return Integer.MIN_VALUE;
        }
        int rest = n - i - 1;
        int hours = rest >= 2 ? digits(s, i + 1, 2) : -1;
        int minutes = rest == 2 ? 0 : rest == 4 ? digits(s, i + 3, 2)
                : rest == 5 && s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : -1;
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return c == '-' ? -seconds : seconds;
    }

    /** Days since the epoch of the {@code yyyy-MM-dd} at the start of {@code s}, or {@link #INVALID}. */
    private static long day(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            return INVALID;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return INVALID;
        }
        return epochDay(year, month, day);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse by H. Hinnant). */
    static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
