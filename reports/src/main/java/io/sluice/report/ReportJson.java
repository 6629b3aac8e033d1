package io.sluice.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sluice.core.report.ChunkTiming;
import io.sluice.core.report.InputSize;
import io.sluice.core.report.MemoryPeaks;
import io.sluice.core.report.ObservedRun;
import io.sluice.core.run.RetryRecord;
import io.sluice.core.run.SluiceVersion;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a run as {@code report.json} (format 1, described in {@code docs/run-reports.md}) with Jackson's
 * streaming generator: every text is escaped by the library, numbers are plain JSON numbers; one chunk a line.
 *
 * <pre>{@code try (Writer w = Files.newBufferedWriter(file)) { ReportJson.write(run, w); }}</pre>
 */
public final class ReportJson {
    /** The version of the file's layout; a reader refuses others. */
    public static final int FORMAT = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReportJson() {
    }

    /** Writes {@code run} to {@code out} (not closed). */
    public static void write(ObservedRun run, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.setPrettyPrinter(ReportIndenter.printer());
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("sluice_version", SluiceVersion.current());
            g.writeStringField("run_id", run.runId());
            g.writeStringField("status", run.status());
            g.writeArrayFieldStart("errors");
            if (run.error() != null) {
                g.writeString(run.error());
            }
            g.writeEndArray();
            writePipeline(run, g);
            g.writeStringField("started", run.startedAt().toString());
            g.writeStringField("ended", run.endedAt().toString());
            g.writeNumberField("elapsed_ms", run.elapsed().toMillis());
            g.writeNumberField("parallelism", run.parallelism());
            g.writeStringField("target", run.target());
            writeInputs(run, g);
            writeTotals(run, g);
            writeMemory(run.memory(), g);
            writeChunks(run, g);
            writeRetries(run, g);
            g.writeArrayFieldStart("notes");
            for (String note : run.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writePipeline(ObservedRun run, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("pipeline");
        g.writeStringField("name", run.pipeline());
        g.writeStringField("file", run.pipelineFile());
        g.writeStringField("hash", run.pipelineHash());
        g.writeEndObject();
    }

    private static void writeInputs(ObservedRun run, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (InputSize in : run.inputs()) {
            g.writeStartObject();
            g.writeStringField("path", in.path());
            g.writeNumberField("bytes", in.bytes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTotals(ObservedRun run, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeNumberField("chunks_planned", run.plannedChunks());
        g.writeNumberField("chunks_finished", run.chunks().size());
        g.writeNumberField("chunks_reused", run.chunksReused());
        g.writeNumberField("retries", run.retries().size());
        g.writeNumberField("values_read", run.cellsRead());
        g.writeNumberField("bytes_read", run.bytesRead());
        g.writeNumberField("rows_written", run.rowsWritten());
        g.writeNumberField("bytes_written", run.bytesWritten());
        g.writeEndObject();
    }

    private static void writeMemory(MemoryPeaks m, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("memory");
        g.writeNumberField("heap_used_peak_bytes", m.heapUsed());
        g.writeNumberField("heap_max_bytes", m.heapMax());
        g.writeNumberField("rss_peak_bytes", m.rss());
        g.writeNumberField("rss_high_water_mark_bytes", m.rssHighWaterMark());
        g.writeNumberField("samples", m.samples());
        g.writeEndObject();
    }

    private static void writeChunks(ObservedRun run, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("chunks");
        for (ChunkTiming c : run.chunks()) {
            g.writeStartObject();
            g.writeNumberField("index", c.index());
            g.writeStringField("key", c.key());
            g.writeStringField("worker", c.worker());
            g.writeNumberField("start_ms", c.startMillis());
            g.writeNumberField("duration_ms", c.millis());
            g.writeNumberField("bytes_read", c.bytes());
            g.writeNumberField("values_read", c.cells());
            g.writeNumberField("rows_written", c.rows());
            g.writeNumberField("attempts", c.attempts());
            g.writeNumberField("retries", c.retries());
            g.writeBooleanField("reused", c.reused());
            g.writeBooleanField("complete", c.complete());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRetries(ObservedRun run, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("retries");
        for (RetryRecord r : run.retries()) {
            g.writeStartObject();
            g.writeStringField("chunk", r.chunk());
            g.writeNumberField("attempt", r.attempt());
            g.writeNumberField("delay_ms", r.delayMillis());
            g.writeStringField("cause", r.cause());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
