package io.sluice.report;

import java.util.Locale;

/**
 * Sizes, durations and rates as reports print them: decimal units (1 MB = 1,000,000 bytes), seconds with
 * three decimals.
 *
 * <pre>{@code Amounts.bytes(1_234_567)   // "1.2 MB"}</pre>
 */
final class Amounts {
    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private Amounts() {
    }

    /** A byte count: {@code 512 bytes}, {@code 1.2 MB}; {@code unknown} when negative. */
    static String bytes(long n) {
        if (n < 0) {
            return "unknown";
        }
        if (n < 1000) {
            return n + " bytes";
        }
        double v = n;
        int unit = 0;
        while (v >= 999.95 && unit < UNITS.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
    }

    /** Milliseconds as seconds: {@code 1.234 s}. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
    }

    /** A whole number with thousands separators: {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
