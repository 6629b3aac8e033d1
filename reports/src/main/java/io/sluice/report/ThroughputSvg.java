package io.sluice.report;

import io.sluice.core.report.ChunkTiming;
import java.util.List;
import java.util.Locale;

/**
 * The throughput chart of a report: bytes of values read per second over the run, in {@link #BUCKETS} equal
 * intervals, each chunk's bytes spread evenly over its duration (a chunk shorter than a millisecond counts in the
 * interval where it started). Chunks reused from an interrupted run read nothing and are left out.
 *
 * <pre>{@code String svg = ThroughputSvg.draw(run.chunks(), run.elapsed().toMillis());}</pre>
 */
final class ThroughputSvg {
    static final int BUCKETS = 50;
    private static final int HEIGHT = 120;
    private static final int TOP = 24;

    private ThroughputSvg() {
    }

    /** Bytes read per second in each of {@link #BUCKETS} intervals of a span of {@code spanMillis}. */
    static double[] rates(List<ChunkTiming> chunks, long spanMillis) {
        double width = spanMillis / (double) BUCKETS;
        double[] bytes = new double[BUCKETS];
        for (ChunkTiming c : chunks) {
            if (c.reused() || c.bytes() <= 0) {
                continue;
            }
            if (c.millis() == 0) {
                bytes[bucket(c.startMillis(), width)] += c.bytes();
                continue;
            }
            double perMilli = c.bytes() / (double) c.millis();
            for (int b = bucket(c.startMillis(), width); b <= bucket(c.endMillis(), width); b++) {
                double overlap = Math.min(c.endMillis(), (b + 1) * width) - Math.max(c.startMillis(), b * width);
                bytes[b] += Math.max(0, overlap) * perMilli;
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            bytes[b] = bytes[b] / (width / 1000.0);
        }
        return bytes;
    }

    private static int bucket(long millis, double width) {
        return Math.min(BUCKETS - 1, (int) (millis / width));
    }

    /** The caption and the SVG of the chart. */
    static String draw(List<ChunkTiming> chunks, long spanMillis) {
        long span = Math.max(1, Math.max(spanMillis, chunks.stream().mapToLong(ChunkTiming::endMillis).max()
                .orElse(0)));
        double[] rates = rates(chunks, span);
        double peak = 0;
        for (double r : rates) {
            peak = Math.max(peak, r);
        }
        double scale = TimelineSvg.WIDTH / (double) span;
        double barWidth = TimelineSvg.WIDTH / (double) BUCKETS;
        int left = TimelineSvg.LEFT;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg id=\"throughput\" xmlns=\"http://www"
                + ".w3.org/2000/svg\" width=\"%d\" height=\"%d\" shape-rendering=\"crispEdges\">%n",
                left + TimelineSvg.WIDTH + 20, TOP + HEIGHT + 6));
        svg.append(TimeAxis.ticks(span, scale, left, TOP, TOP + HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text class=\"lane\" x=\"%d\" y=\"%d\">%s/s</text>%n", left - 6,
                TOP + 10, Amounts.bytes(Math.round(peak))));
        for (int b = 0; b < BUCKETS; b++) {
            double h = peak == 0 ? 0 : rates[b] / peak * HEIGHT;
            svg.append(String.format(Locale.ROOT, "<rect class=\"rate\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\"><title>%s .. %s: %s/s</title></rect>%n", left + b * barWidth,
                    TOP + HEIGHT - h, barWidth - 1, h, Amounts.seconds(Math.round(b * span / (double) BUCKETS)),
                    Amounts.seconds(Math.round((b + 1) * span / (double) BUCKETS)),
                    Amounts.bytes(Math.round(rates[b]))));
        }
        svg.append("</svg>\n");
        return String.format(Locale.ROOT, "<p class=\"caption\">Bytes of values read per second in %d intervals of"
                + " %s; each chunk's bytes spread evenly over its duration. Peak %s/s.</p>%n", BUCKETS,
                Amounts.seconds(Math.round(span / (double) BUCKETS)), Amounts.bytes(Math.round(peak))) + svg;
    }
}
