package io.sluice.report;

import io.sluice.core.report.ChunkTiming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline of a report: one lane per worker thread, one bar per chunk from its start to its end. Up to
 * {@link #MAX_BARS} chunks every chunk is its own bar ({@code class="chunk"}); beyond that, chunks of a lane less
 * than a pixel apart are drawn as one bar ({@code class="merged"}), so the page stays readable for 10,000 chunks,
 * and the caption says so. Bars alternate between two blues along a lane; retried chunks are orange, chunks
 * reused from an interrupted run grey.
 *
 * <pre>{@code String svg = TimelineSvg.draw(run.chunks(), run.elapsed().toMillis());}</pre>
 */
final class TimelineSvg {
    /** Most chunks drawn one bar each. */
    static final int MAX_BARS = 2000;
    /** The colours of bars along a lane, in turn, and of retried chunks. */
    static final String[] COLOURS = {"#2f6fdf", "#6b9cf0"};
    static final String RETRIED = "#e8833a";
    static final String REUSED = "#9aa5b1";
    static final int LEFT = 170;
    static final int WIDTH = 960;
    private static final int TOP = 24;

    private TimelineSvg() {
    }

    /** A drawn bar: one chunk, or several neighbours merged. */
    private record Bar(double x0, double x1, int count, ChunkTiming first, ChunkTiming last, boolean retried) {
        Bar plus(ChunkTiming c, double end) {
            return new Bar(x0, Math.max(x1, end), count + 1, first, c, retried || c.retries() > 0);
        }
    }

    /** The caption and the SVG of {@code chunks} over a run of {@code spanMillis}. */
    static String draw(List<ChunkTiming> chunks, long spanMillis) {
        long span = Math.max(1, Math.max(spanMillis, chunks.stream().mapToLong(ChunkTiming::endMillis).max()
                .orElse(0)));
        double scale = WIDTH / (double) span;
        Map<String, List<ChunkTiming>> lanes = lanes(chunks);
        boolean merging = chunks.size() > MAX_BARS;
        int laneHeight = Math.max(4, Math.min(20, 480 / Math.max(1, lanes.size())));
        int height = TOP + lanes.size() * laneHeight + 6;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" shape-rendering=\"crispEdges\">%n", LEFT + WIDTH + 20, height));
        svg.append(TimeAxis.ticks(span, scale, LEFT, TOP, height - 6));
        int lane = 0;
        int bars = 0;
        for (Map.Entry<String, List<ChunkTiming>> e : lanes.entrySet()) {
            int y = TOP + lane * laneHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"lane\">%s</text>%n", LEFT - 6,
                    y + laneHeight - 4, HtmlText.escape(shortName(e.getKey()))));
            List<Bar> drawn = bars(e.getValue(), scale, merging);
            for (int i = 0; i < drawn.size(); i++) {
                svg.append(rect(drawn.get(i), i, y, laneHeight, e.getKey()));
            }
            bars += drawn.size();
            lane++;
        }
        svg.append("</svg>\n");
        return caption(chunks.size(), bars, lanes.size(), merging) + svg;
    }

    /** Chunks by worker, lanes in the workers' natural order (worker-2 before worker-10), each by start. */
    private static Map<String, List<ChunkTiming>> lanes(List<ChunkTiming> chunks) {
        Map<String, List<ChunkTiming>> lanes = new TreeMap<>(Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder()));
        for (ChunkTiming c : chunks) {
            lanes.computeIfAbsent(c.worker(), k -> new ArrayList<>()).add(c);
        }
        lanes.values().forEach(l -> l.sort(Comparator.comparingLong(ChunkTiming::startMillis)));
        return lanes;
    }

    private static List<Bar> bars(List<ChunkTiming> lane, double scale, boolean merging) {
        List<Bar> out = new ArrayList<>();
        for (ChunkTiming c : lane) {
            double x0 = c.startMillis() * scale;
            double x1 = Math.max(x0 + 1, c.endMillis() * scale);
            int last = out.size() - 1;
            if (merging && last >= 0 && x0 <= out.get(last).x1() + 1) {
                out.set(last, out.get(last).plus(c, x1));
            } else {
                out.add(new Bar(x0, x1, 1, c, c, c.retries() > 0));
            }
        }
        return out;
    }

    private static String rect(Bar b, int i, int y, int laneHeight, String worker) {
        String fill = b.retried() ? RETRIED : b.count() == 1 && b.first().reused() ? REUSED
                : COLOURS[i % COLOURS.length];
        String title = b.count() == 1
                ? String.format(Locale.ROOT, "%s on %s: %s from %s, %s read, %s rows%s", b.first().key(), worker,
                Amounts.seconds(b.first().millis()), Amounts.seconds(b.first().startMillis()),
                Amounts.bytes(b.first().bytes()), Amounts.count(b.first().rows()),
                b.retried() ? ", " + b.first().retries() + " retries" : "")
                : String.format(Locale.ROOT, "%d chunks on %s, %s .. %s, from %s to %s", b.count(), worker,
                b.first().key(), b.last().key(), Amounts.seconds(b.first().startMillis()),
                Amounts.seconds(b.last().endMillis()));
        String key = b.count() == 1 ? " data-key=\"" + HtmlText.escape(b.first().key()) + "\"" : "";
        return String.format(Locale.ROOT, "<rect class=\"%s\"%s x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                        + " fill=\"%s\"><title>%s</title></rect>%n", b.count() == 1 ? "chunk" : "merged", key,
                LEFT + b.x0(), y + 1, b.x1() - b.x0(), laneHeight - 2, fill, HtmlText.escape(title));
    }

    private static String caption(int chunks, int bars, int lanes, boolean merging) {
        String what = merging ? String.format(Locale.ROOT, "%s chunks on %d workers, drawn as %s bars: with more than"
                + " %s chunks, chunks of a worker less than one pixel apart are drawn as one bar (hover for its"
                + " chunks)", Amounts.count(chunks), lanes, Amounts.count(bars), Amounts.count(MAX_BARS))
                : String.format(Locale.ROOT, "%s chunks on %d workers, one bar each (hover for details)",
                Amounts.count(chunks), lanes);
        return "<p class=\"caption\">" + what + "; orange: retried; grey: reused from an interrupted run.</p>\n";
    }

    /** {@code worker-3} for {@code ForkJoinPool-7-worker-3}; other names unchanged. */
    static String shortName(String worker) {
        return worker.replaceFirst("^ForkJoinPool-\\d+-", "");
    }
}
