package io.sluice.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Appends dates and timestamps in ISO-8601 without creating objects, with the same text as
 * {@link LocalDate#toString()} ({@code 2001-02-28}) and {@link Instant#toString()} in UTC
 * ({@code 2001-02-28T13:45:30Z}, {@code 2001-02-28T13:45:30.250Z}: the fraction in groups of three digits as
 * needed). Years outside 0..9999 are written by the JDK.
 *
 * <pre>{@code IsoText.appendTimestamp(line, 1_000_000L);   // 1970-01-01T00:00:01Z}</pre>
 */
final class IsoText {
    private static final long MIN_DAY = IsoTime.epochDay(0, 1, 1);
    private static final long MAX_DAY = IsoTime.epochDay(9999, 12, 31);

    private IsoText() {
    }

    /** Appends the date {@code epochDay} days after 1970-01-01. */
    static void appendDate(StringBuilder out, long epochDay) {
        if (epochDay < MIN_DAY || epochDay > MAX_DAY) {
            out.append(LocalDate.ofEpochDay(epochDay));
            return;
        }
        // civil_from_days (H. Hinnant)
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        pad(out, (int) year, 4);
        out.append('-');
        pad(out, month, 2);
        out.append('-');
        pad(out, day, 2);
    }

    /** Appends the instant {@code micros} microseconds after 1970-01-01T00:00:00Z, in UTC with {@code Z}. */
    static void appendTimestamp(StringBuilder out, long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        long day = Math.floorDiv(seconds, 86_400L);
        if (day < MIN_DAY || day > MAX_DAY) {
            out.append(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
            return;
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        appendDate(out, day);
        out.append('T');
        pad(out, secondOfDay / 3600, 2);
        out.append(':');
        pad(out, secondOfDay / 60 % 60, 2);
        out.append(':');
        pad(out, secondOfDay % 60, 2);
        if (fraction != 0) {
            out.append('.');
            if (fraction % 1000 == 0) {
                pad(out, fraction / 1000, 3);
            } else {
                pad(out, fraction, 6);
            }
        }
        out.append('Z');
    }

    private static void pad(StringBuilder out, int value, int width) {
        for (int limit = 10, w = 1; w < width; w++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }
}
