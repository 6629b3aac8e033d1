package io.sluice.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code report.json} read back: its scalar values by path ({@code pipeline.name}, {@code totals.rows_written})
 * and the sizes of its arrays ({@code chunks}), enough to print the run's summary.
 *
 * <pre>{@code ReportFile r = ReportFile.read(path); System.out.print(r.summary());}</pre>
 */
public final class ReportFile {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final Path file;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    private ReportFile(Path file) {
        this.file = file;
    }

    /** Reads {@code file}; a file that is not a report of format 1 is an IOException naming it. */
    public static ReportFile read(Path file) throws IOException {
        ReportFile r = new ReportFile(file);
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a run report (expected a JSON object)");
            }
            r.object(p, "");
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a run report: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr(), e);
        }
        if (!String.valueOf(ReportJson.FORMAT).equals(r.value("format"))) {
            throw new IOException(file + ": not a run report of format " + ReportJson.FORMAT + " (format: "
                    + r.value("format") + ")");
        }
        return r;
    }

    private void object(JsonParser p, String prefix) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                object(p, name + ".");
            } else if (t == JsonToken.START_ARRAY) {
                array(p, name);
            } else {
                values.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
    }

    private void array(JsonParser p, String name) throws IOException {
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            n++;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if ("errors".equals(name)) {
                errors.add(p.getText());
            }
        }
        sizes.put(name, n);
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** A scalar value as text ({@code totals.rows_written}), or null when absent or null. */
    public String value(String path) {
        return values.get(path);
    }

    /** The number of elements of an array ({@code chunks}), 0 when absent. */
    public int size(String path) {
        return sizes.getOrDefault(path, 0);
    }

    /** The run's errors, one line each. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The summary of the run, a few lines for people. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        line(sb, "run %s of pipeline %s (%s): %s", value("run_id"), value("pipeline.name"), value("pipeline.file"),
                value("status"));
        if (value("target") == null) {
            line(sb, "started %s, took %s; failed before its chunks were planned", value("started"),
                    Amounts.seconds(number("elapsed_ms")));
        } else {
            counts(sb);
        }
        errors.forEach(e -> line(sb, "error: %s", e));
        line(sb, "report: %s", file.resolveSibling(ReportFolder.HTML));
        return sb.toString();
    }

    private void counts(StringBuilder sb) {
        line(sb, "started %s, took %s on %s workers", value("started"), Amounts.seconds(number("elapsed_ms")),
                value("parallelism"));
        line(sb, "%s of %s chunks finished (%s reused), %s retries", Amounts.count(number("totals.chunks_finished")),
                Amounts.count(number("totals.chunks_planned")), Amounts.count(number("totals.chunks_reused")),
                Amounts.count(number("totals.retries")));
        String written = "succeeded".equals(value("status"))
                ? String.format(Locale.ROOT, "wrote %s rows (%s) to %s", Amounts.count(number("totals.rows_written")),
                Amounts.bytes(number("totals.bytes_written")), value("target"))
                : String.format(Locale.ROOT, "nothing published to %s (%s rows written to staging)", value("target"),
                Amounts.count(number("totals.rows_written")));
        line(sb, "read %s values (%s) from %d input file%s; %s", Amounts.count(number("totals.values_read")),
                Amounts.bytes(number("totals.bytes_read")), size("inputs"), size("inputs") == 1 ? "" : "s", written);
        line(sb, "peak memory: heap %s used of %s; resident %s (process peak %s)",
                Amounts.bytes(number("memory.heap_used_peak_bytes")), Amounts.bytes(number("memory.heap_max_bytes")),
                Amounts.bytes(number("memory.rss_peak_bytes")),
                Amounts.bytes(number("memory.rss_high_water_mark_bytes")));
    }

    private long number(String path) {
        String v = value(path);
        return v == null ? -1 : Long.parseLong(v);
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
