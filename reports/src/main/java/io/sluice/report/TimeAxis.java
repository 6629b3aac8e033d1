package io.sluice.report;

import java.util.Locale;

/**
 * The time axis of the report's charts: gridlines at round steps (1, 2 or 5 times a power of ten milliseconds,
 * at most ten of them), labelled in seconds.
 *
 * <pre>{@code svg.append(TimeAxis.ticks(spanMillis, pixelsPerMilli, left, top, bottom));}</pre>
 */
final class TimeAxis {
    private TimeAxis() {
    }

    /** The gridlines and labels (SVG elements) of a span of {@code spanMillis} drawn at {@code scale} px/ms. */
    static String ticks(long spanMillis, double scale, int left, int top, int bottom) {
        long step = step(spanMillis);
        StringBuilder sb = new StringBuilder();
        for (long t = 0; t <= spanMillis; t += step) {
            double x = left + t * scale;
            sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%s s</text>%n", x, top - 4, x, bottom, x, top - 8,
                    seconds(t)));
        }
        return sb.toString();
    }

    /** The smallest round step that cuts {@code spanMillis} into at most ten parts. */
    static long step(long spanMillis) {
        for (long power = 1; ; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (spanMillis / (m * power) <= 10) {
                    return m * power;
                }
            }
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
