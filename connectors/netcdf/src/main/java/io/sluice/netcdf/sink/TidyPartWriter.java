package io.sluice.netcdf.sink;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * Stages the rows of one part of a tidy table: each row's coordinates and values as doubles, appended to the
 * part's file through a 1 MiB buffer, and its coordinates noted in the part's distinct values. Memory is the
 * buffer and the distinct coordinates, whatever the number of rows.
 */
final class TidyPartWriter implements PartWriter {
    /** LONG values are written as double: exact up to 2^53. */
    private static final double EXACT_LONG = 9_007_199_254_740_992.0;

    private final StagedRows part;
    private final List<String> dimensions;
    private final List<String> variables;
    private final Collection<String> labels;
    private final FileChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    private boolean failed;
    private boolean closed;

    private TidyPartWriter(StagedRows part, NetcdfSinkSettings settings, Collection<String> labels,
                           FileChannel out) {
        this.part = part;
        this.dimensions = settings.dimensions();
        this.variables = settings.variables();
        this.labels = labels;
        this.out = out;
    }

    /** Creates the part's file (it must not exist yet) and a writer for it. */
    static TidyPartWriter create(StagedRows part, NetcdfSinkSettings settings, Collection<String> labels)
            throws IOException {
        return new TidyPartWriter(part, settings, labels, FileChannel.open(part.file(),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    @Override
    public void write(Table table) throws IOException {
        if (closed || failed) {
            throw new IOException(part + (closed ? " is already closed" : " failed earlier"));
        }
        failed = true;
        GridSchema schema;
        try {
            schema = GridSchema.of(table, dimensions, variables, labels);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (part.schema() == null) {
            part.describe(schema);
        } else if (!part.schema().sameAs(schema)) {
            throw new IOException(part + ": a table has dimensions " + schema.dimensionNames() + " and variables "
                    + schema.variables() + " but the part's first table has " + part.schema().dimensionNames()
                    + " and " + part.schema().variables() + "; every table must have the same columns");
        }
        stage(table, part.schema());
        failed = false;
    }

    private void stage(Table table, GridSchema schema) throws IOException {
        int width = schema.width();
        int dims = schema.dimensions().size();
        Column[] columns = new Column[width];
        for (int d = 0; d < dims; d++) {
            columns[d] = table.columns().get(schema.dimensionColumns().get(d));
        }
        for (int v = 0; v < schema.variables().size(); v++) {
            columns[dims + v] = table.columns().get(schema.variableColumns().get(v));
        }
        double[] row = new double[width];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int d = 0; d < dims; d++) {
                row[d] = coordinate(schema.dimensions().get(d), columns[d], r);
            }
            for (int v = dims; v < width; v++) {
                row[v] = value(columns[v], r);
            }
            part.addRow(row);
            if (buffer.remaining() < width * Double.BYTES) {
                drain();
            }
            for (double x : row) {
                buffer.putDouble(x);
            }
        }
        drain();
    }

    private double coordinate(GridDimension dimension, Column column, int r) throws IOException {
        if (column.isNull(r)) {
            throw new IOException("row " + r + " of " + part + " has no value in dimension column '"
                    + column.name() + "'; every row needs all its coordinates");
        }
        double c;
        try {
            c = dimension.coordinate(column, r);
        } catch (IllegalArgumentException e) {
            throw new IOException("column '" + column.name() + "', row " + r + " of " + part + ": "
                    + e.getMessage(), e);
        }
        if (!Double.isFinite(c)) {
            throw new IOException("column '" + column.name() + "', row " + r + " of " + part + " is " + c
                    + "; coordinates must be finite numbers");
        }
        return c;
    }

    private double value(Column column, int r) throws IOException {
        if (column.isNull(r)) {
            return Double.NaN;
        }
        if (column.type() == ColumnType.LONG) {
            long x = column.longValue(r);
            if (Math.abs((double) x) > EXACT_LONG) {
                throw new IOException("column '" + column.name() + "', row " + r + " of " + part + " is " + x
                        + ", beyond 2^53: LONG columns are written as double in NetCDF-3 (no 64-bit integers)"
                        + " and this value would change; cast it to DOUBLE to accept the rounding");
            }
            return x;
        }
        return column.doubleValue(r);
    }

    private void drain() throws IOException {
        buffer.flip();
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
        out.close();
        if (!failed) {
            part.close();
        }
    }
}
