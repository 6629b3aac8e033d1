package io.sluice.netcdf.sink;

import io.sluice.core.data.Table;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.TimeSpan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.PartWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the records of one part to its staging file. A table with a time column gives one record per step,
 * stamped with the step's time and bounds; a statistic's table gives one record, stamped from its
 * {@link TimeSpan}: the middle of its bounds with bounds from the first step's lower to the last step's upper
 * bound (as {@code cdo seasmean}), or for a climatology the last step with climatology bounds. A part that
 * closes after successful writes ends with its {@link RecordTrailer} and reports its facts. Tables that do not fit
 * the sink fail with an {@link IllegalArgumentException}, which the runner does not retry.
 */
final class RecordPartWriter implements PartWriter {
    private final StagedRecords part;
    private final SourceDescription source;
    private final WritableByteChannel out;
    private final Consumer<Map<String, String>> completed;
    private ByteBuffer buffer;
    /** One step of one variable, copied from the table in bulk before it is encoded in bulk. */
    private double[] step;
    private long valueBytes;
    private boolean failed;
    private boolean closed;

    private RecordPartWriter(StagedRecords part, SourceDescription source, WritableByteChannel out,
                             Consumer<Map<String, String>> completed) {
        this.part = part;
        this.source = source;
        this.out = out;
        this.completed = completed;
    }

    /**
     * A writer of {@code part} into {@code out} (the part's new file); {@code completed} receives the part's
     * facts when it closes after successful writes.
     */
    static RecordPartWriter create(StagedRecords part, SourceDescription source, OutputStream out,
                                   Consumer<Map<String, String>> completed) {
        return new RecordPartWriter(part, source, Channels.newChannel(out), completed);
    }

    @Override
    public void write(Table table) throws IOException {
        if (closed || failed) {
            throw new IOException(part + (closed ? " is already closed" : " failed earlier"));
        }
        failed = true;
        RecordSchema schema = RecordSchema.of(table, source);
        TimeAxis time = table.time();
        TimeSpan span = TimeSpan.from(table.attributes());
        if (part.schema() == null) {
            part.describe(schema, schema.labelsOf(table), time == null || time.hasBounds(),
                    time == null && span != null && span.climatology());
        } else if (!part.schema().sameShape(schema)) {
            throw new IllegalArgumentException(part + ": a table has variables " + schema.variables() + " on " + schema.space()
                    + " but the part's first table has " + part.schema().variables() + " on "
                    + part.schema().space() + "; every table of a part must have the same shape");
        }
        if (table.rowCount() > 0) {
            if (time == null && span == null) {
                throw new IllegalArgumentException(part + ": the results carry no time (neither time steps nor a time span);"
                        + " the netcdf sink writes time series");
            }
            int steps = time == null ? 1 : time.size();
            writeValues(table, schema, steps);
            WholeSeconds seconds = WholeSeconds.of(source.time().units());
            for (int s = 0; s < steps; s++) {
                if (time != null) {
                    part.addRecord(seconds.round(time.value(s)), seconds.round(time.lowerBound(s)),
                            seconds.round(time.upperBound(s)));
                } else {
                    double lower = seconds.round(span.lower());
                    double upper = seconds.round(span.upper());
                    double stamp = span.climatology() ? seconds.round(span.last()) : seconds.middle(lower, upper);
                    part.addRecord(stamp, lower, upper);
                }
            }
        }
        failed = false;
    }

    private void writeValues(Table table, RecordSchema schema, int steps) throws IOException {
        int cells = schema.cellsPerStep();
        if ((long) cells * steps != table.rowCount()) {
            throw new IllegalArgumentException(part + ": " + table.rowCount() + " rows are not " + steps + " steps of "
                    + cells + " cells");
        }
        if (buffer == null || buffer.capacity() < cells * Double.BYTES) {
            buffer = ByteBuffer.allocateDirect(Math.max(cells * Double.BYTES, 1 << 16));
        }
        if (step == null || step.length < cells) {
            step = new double[cells];
        }
        for (int s = 0; s < steps; s++) {
            for (int position : schema.columns()) {
                if (buffer.remaining() < cells * Double.BYTES) {
                    drain();
                }
                table.columns().get(position).copyDoubles(s * cells, cells, step, 0);
                buffer.asDoubleBuffer().put(step, 0, cells);
                buffer.position(buffer.position() + cells * Double.BYTES);
            }
        }
        drain();
    }

    private void drain() throws IOException {
        buffer.flip();
        valueBytes += buffer.remaining();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            if (failed) {
                return;
            }
            part.close();
            out.write(ByteBuffer.wrap(RecordTrailer.encode(part)));
        }
        completed.accept(Map.of(RecordTrailer.VALUES, Long.toString(valueBytes)));
    }
}
