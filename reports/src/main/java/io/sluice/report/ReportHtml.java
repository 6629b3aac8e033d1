package io.sluice.report;

import io.sluice.core.report.ChunkTiming;
import io.sluice.core.report.InputSize;
import io.sluice.core.report.MemoryPeaks;
import io.sluice.core.report.ObservedRun;
import io.sluice.core.run.RetryRecord;
import io.sluice.core.run.SluiceVersion;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A run's {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external file or
 * network request) with the summary, the timeline of chunks per worker ({@link TimelineSvg}), the throughput over
 * time ({@link ThroughputSvg}), the slowest chunks, the inputs, the retries and the notes.
 *
 * <pre>{@code Files.writeString(folder.resolve("report.html"), ReportHtml.of(run));}</pre>
 */
public final class ReportHtml {
    /** Rows of the slowest-chunks table. */
    static final int SLOWEST = 10;
    /** Most inputs and retries listed. */
    static final int MAX_LISTED = 100;
    private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:16px 24px;color:#222}"
            + "h1{font-size:20px;margin:0 0 8px}h2{font-size:16px;margin:20px 0 4px}"
            + "table{border-collapse:collapse}td,th{padding:2px 10px 2px 0;text-align:left;vertical-align:top}"
            + "th{font-weight:600}td.n{text-align:right}.caption{color:#555;margin:2px 0 6px}"
            + ".succeeded{color:#1a7f37}.failed{color:#c62828}.error{color:#c62828;font-weight:600}"
            + "svg text{font:11px system-ui,sans-serif;fill:#444}svg text.lane{text-anchor:end}"
            + "svg text.tick{text-anchor:middle}svg line.grid{stroke:#ddd}svg rect.rate{fill:#2e9e6b}";

    private ReportHtml() {
    }

    /** The page of {@code run}. */
    public static String of(ObservedRun run) {
        long span = run.elapsed().toMillis();
        StringBuilder html = new StringBuilder(head(run));
        html.append(summary(run));
        html.append("<h2>Timeline of chunks per worker</h2>\n").append(TimelineSvg.draw(run.chunks(), span));
        String after = ObservedRun.SUCCEEDED.equals(run.status()) ? "the output was committed" : "the run failed";
        run.chunks().stream().mapToLong(ChunkTiming::startMillis).min().ifPresent(first -> html.append(
                "<p class=\"caption\">Before the first chunk (at " + Amounts.seconds(first) + ") the source was"
                        + " described and the chunks planned; after the last one " + after + ".</p>\n"));
        html.append("<h2>Throughput over time</h2>\n").append(ThroughputSvg.draw(run.chunks(), span));
        html.append(slowest(run.chunks()));
        html.append(inputs(run.inputs()));
        html.append(retries(run.retries()));
        html.append(list("Notes", run.notes()));
        html.append("<p class=\"caption\">Written by Sluice ").append(HtmlText.escape(SluiceVersion.current()))
                .append("; the same facts are in report.json beside this page.</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The page's head and its heading: pipeline, run id, status and, when it failed, the error. */
    private static String head(ObservedRun run) {
        String heading = "<h1>" + HtmlText.escape(run.pipeline()) + " &middot; run " + HtmlText.escape(run.runId())
                + " &middot; <span class=\"" + run.status() + "\">" + run.status() + "</span></h1>\n";
        String error = run.error() == null ? "" : "<p class=\"error\">" + HtmlText.escape(run.error()) + "</p>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + HtmlText.escape(run.pipeline() + " run " + run.runId()) + "</title>\n<style>" + STYLE
                + "</style>\n</head>\n<body>\n" + heading + error;
    }

    private static String summary(ObservedRun run) {
        MemoryPeaks m = run.memory();
        return "<table class=\"summary\">\n"
                + row("pipeline file", run.pipelineFile() + (run.pipelineHash() == null ? ""
                : " (settings SHA-256 " + run.pipelineHash().substring(0, 12) + "...)"))
                + row("started", run.startedAt().truncatedTo(ChronoUnit.MILLIS) + ", took "
                + Amounts.seconds(run.elapsed().toMillis()) + " on " + run.parallelism() + " workers")
                + row("chunks", run.chunks().size() + " of " + run.plannedChunks() + " finished, "
                + run.chunksReused() + " reused from an interrupted run, " + run.retries().size() + " retries")
                + row("read", Amounts.count(run.cellsRead()) + " values, " + Amounts.bytes(run.bytesRead()) + " from "
                + run.inputs().size() + " input file" + (run.inputs().size() == 1 ? "" : "s"))
                + row("written", written(run))
                + row("peak memory", "heap " + Amounts.bytes(m.heapUsed()) + " used of " + Amounts.bytes(m.heapMax())
                + "; resident " + Amounts.bytes(m.rss()) + " (process peak " + Amounts.bytes(m.rssHighWaterMark())
                + "), " + m.samples() + " samples")
                + "</table>\n";
    }

    private static String written(ObservedRun run) {
        String target = run.target() == null ? "(not planned)" : run.target();
        return ObservedRun.SUCCEEDED.equals(run.status())
                ? Amounts.count(run.rowsWritten()) + " rows, " + Amounts.bytes(run.bytesWritten()) + " to " + target
                : "nothing published to " + target + " (the finished chunks wrote " + Amounts.count(run.rowsWritten())
                + " rows to staging)";
    }

    private static String row(String name, String value) {
        return "<tr><th>" + name + "</th><td>" + HtmlText.escape(value) + "</td></tr>\n";
    }

    private static String slowest(List<ChunkTiming> chunks) {
        StringBuilder sb = new StringBuilder("<h2>Slowest chunks</h2>\n<table id=\"slowest\">\n<tr><th>chunk</th>"
                + "<th>worker</th><th>start</th><th>duration</th><th>bytes read</th><th>rows</th><th>attempts</th>"
                + "</tr>\n");
        chunks.stream().sorted(Comparator.comparingLong(ChunkTiming::millis).reversed()
                        .thenComparingInt(ChunkTiming::index)).limit(SLOWEST)
                .forEach(c -> sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=\"n\">%s"
                                + "</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
                                + "<td class=\"n\">%d</td></tr>%n", HtmlText.escape(c.key()),
                        HtmlText.escape(TimelineSvg.shortName(c.worker())), Amounts.seconds(c.startMillis()),
                        Amounts.seconds(c.millis()), Amounts.bytes(c.bytes()), Amounts.count(c.rows()),
                        c.attempts())));
        return sb.append("</table>\n").toString();
    }

    private static String inputs(List<InputSize> inputs) {
        return list("Inputs", inputs.stream().map(i -> i.path() + " (" + Amounts.bytes(i.bytes()) + ")").toList());
    }

    private static String retries(List<RetryRecord> retries) {
        return list("Retries", retries.stream().map(RetryRecord::describe).toList());
    }

    /** A titled list of at most {@link #MAX_LISTED} items, saying how many more there are; nothing when empty. */
    private static String list(String title, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>" + title + "</h2>\n<ul>\n");
        items.stream().limit(MAX_LISTED).forEach(i -> sb.append("<li>").append(HtmlText.escape(i)).append("</li>\n"));
        if (items.size() > MAX_LISTED) {
            sb.append("<li>and ").append(items.size() - MAX_LISTED).append(" more (all in report.json)</li>\n");
        }
        return sb.append("</ul>\n").toString();
    }
}
