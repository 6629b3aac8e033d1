package io.sluice.netcdf.sink;

import io.sluice.core.spi.RunContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;
import ucar.nc2.write.Nc4Chunking;
import ucar.nc2.write.Nc4ChunkingStrategy;

/**
 * Builds one CF NetCDF file from staged tidy rows. The coordinates are the sorted distinct values of each
 * dimension column over all parts; the first dimension is unlimited. Records are filled in windows of at most
 * {@value #WINDOW_BYTES} bytes of values (at least one record): for each window the parts whose first
 * coordinate reaches it are read again, each row's cell found by binary search, and the window written. Memory
 * is the window and the coordinates, whatever the number of rows; the staged rows are read once per window.
 * Two rows for one cell are an error naming the cell; a cell without a row is an error too, unless
 * {@code missing-cells: fill} makes it a fill value.
 */
final class TidyGridWriter {
    static final long WINDOW_BYTES = 64L << 20;

    private final RunContext context;
    private final String shown;
    private final NetcdfSinkSettings settings;

    TidyGridWriter(RunContext context, String shown, NetcdfSinkSettings settings) {
        this.context = context;
        this.shown = shown;
        this.settings = settings;
    }

    /** Writes the grid of {@code parts} (closed, with rows, one schema) to {@code file}. */
    void write(Path file, List<StagedRows> parts) throws IOException {
        GridSchema schema = parts.get(0).schema();
        for (StagedRows p : parts) {
            if (!p.schema().sameAs(schema)) {
                throw new IOException(shown + ": " + p + " has dimensions " + p.schema().dimensionNames()
                        + " and variables " + p.schema().variables() + " but " + parts.get(0) + " has "
                        + schema.dimensionNames() + " and " + schema.variables() + "; one file holds one shape");
            }
        }
        int dims = schema.dimensions().size();
        double[][] axes = new double[dims][];
        for (int d = 0; d < dims; d++) {
            DistinctValues all = new DistinctValues();
            for (StagedRows p : parts) {
                all.addAll(p.coordinates(d));
            }
            axes[d] = all.values();
        }
        NetcdfFileWriter writer = settings.netcdf4()
                ? NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf4, file.toString(),
                        Nc4ChunkingStrategy.factory(Nc4Chunking.Strategy.standard, settings.deflate(), true))
                : NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString());
        boolean done = false;
        try {
            if (!settings.netcdf4()) {
                writer.setLargeFile(true);
            }
            writer.setFill(false);
            List<Dimension> shape = new ArrayList<>();
            List<Variable> axisVars = new ArrayList<>();
            for (int d = 0; d < dims; d++) {
                GridDimension g = schema.dimensions().get(d);
                Dimension dim = d == 0 ? writer.addUnlimitedDimension(g.name())
                        : writer.addDimension(null, g.name(), axes[d].length);
                shape.add(dim);
                Variable v = writer.addVariable(null, g.name(), DataType.DOUBLE, List.of(dim));
                g.attributes().forEach((k, value) -> writer.addVariableAttribute(v, new Attribute(k, value)));
                axisVars.add(v);
            }
            List<Variable> dataVars = new ArrayList<>();
            for (OutputVariable o : schema.variables()) {
                Variable v = writer.addVariable(null, o.name(), TidyValues.dataType(o.type()), shape);
                CfAttributes.carried(o.attributes(), Set.of()).forEach((k, value) ->
                        writer.addVariableAttribute(v, new Attribute(k, value)));
                writer.addVariableAttribute(v, TidyValues.fill(o.type()));
                dataVars.add(v);
            }
            globals(writer);
            writer.create();
            for (int d = 0; d < dims; d++) {
                writer.write(axisVars.get(d), Array.factory(DataType.DOUBLE, new int[] {axes[d].length}, axes[d]));
            }
            fill(writer, parts, schema, axes, dataVars);
            done = true;
        } catch (InvalidRangeException e) {
            throw new IOException(shown + ": writing failed: " + e.getMessage(), e);
        } finally {
            try {
                writer.close();
            } catch (IOException e) {
                if (done) {
                    throw e;
                }
            }
        }
    }

    private void fill(NetcdfFileWriter writer, List<StagedRows> parts, GridSchema schema, double[][] axes,
                      List<Variable> dataVars) throws IOException, InvalidRangeException {
        int dims = axes.length;
        int vars = dataVars.size();
        long cells = 1;
        int[] stride = new int[dims];
        for (int d = dims - 1; d >= 1; d--) {
            stride[d] = (int) cells;
            cells = Math.multiplyExact(cells, (long) axes[d].length);
        }
        int records = axes[0].length;
        long perRecord = cells * vars * Double.BYTES;
        int window = (int) Math.max(1, Math.min(records, WINDOW_BYTES / Math.max(1, perRecord)));
        if ((long) window * cells > Integer.MAX_VALUE) {
            throw new IOException(shown + ": one record of " + cells + " cells is too large to write");
        }
        stride[0] = (int) cells;
        double[][] values = new double[vars][window * (int) cells];
        BitSet seen = new BitSet(window * (int) cells);
        ByteBuffer bytes = ByteBuffer.allocate(schema.width() * Double.BYTES * 8192);
        for (int first = 0; first < records; first += window) {
            int count = Math.min(window, records - first);
            int size = count * (int) cells;
            for (double[] v : values) {
                Arrays.fill(v, 0, size, Double.NaN);
            }
            seen.clear();
            for (StagedRows p : parts) {
                if (p.reaches(axes[0][first], axes[0][first + count - 1])) {
                    place(p, schema, axes, stride, first, count, values, seen, bytes);
                }
            }
            if (!settings.fillMissingCells() && seen.nextClearBit(0) < size) {
                int missing = seen.nextClearBit(0);
                throw new IOException(shown + ": cell " + cellText(schema, axes, stride, first, missing)
                        + " is missing: no row has these coordinates; the rows do not fill the grid of "
                        + sizes(schema, axes) + " (set missing-cells: fill to write fill values there)");
            }
            int[] origin = new int[dims];
            origin[0] = first;
            int[] arrayShape = new int[dims];
            arrayShape[0] = count;
            for (int d = 1; d < dims; d++) {
                arrayShape[d] = axes[d].length;
            }
            for (int k = 0; k < vars; k++) {
                writer.write(dataVars.get(k), origin, TidyValues.array(schema.variables().get(k).type(),
                        values[k], size, arrayShape));
            }
        }
    }

    private void place(StagedRows p, GridSchema schema, double[][] axes, int[] stride, int first, int count,
                       double[][] values, BitSet seen, ByteBuffer bytes) throws IOException {
        int dims = axes.length;
        int width = schema.width();
        double[] row = new double[width];
        bytes.clear();
        try (FileChannel in = FileChannel.open(p.file(), StandardOpenOption.READ)) {
            while (in.read(bytes) >= 0 || bytes.position() > 0) {
                bytes.flip();
                DoubleBuffer doubles = bytes.asDoubleBuffer();
                int whole = doubles.remaining() / width;
                for (int r = 0; r < whole; r++) {
                    doubles.get(row);
                    int t = Arrays.binarySearch(axes[0], row[0]) - first;
                    if (t < 0 || t >= count) {
                        continue;
                    }
                    int cell = t * stride[0];
                    for (int d = 1; d < dims; d++) {
                        cell += Arrays.binarySearch(axes[d], row[d]) * stride[d];
                    }
                    if (seen.get(cell)) {
                        throw new IOException(shown + ": cell " + cellText(schema, axes, stride, first, cell)
                                + " appears twice (a second time in " + p + "); each cell needs one row");
                    }
                    seen.set(cell);
                    for (int k = 0; k < values.length; k++) {
                        values[k][cell] = row[dims + k];
                    }
                }
                bytes.position(whole * width * Double.BYTES);
                bytes.compact();
                if (whole == 0 && bytes.position() > 0 && in.position() == in.size()) {
                    throw new IOException(shown + ": " + p + " ends inside a row in staging");
                }
            }
        }
    }

    private static String cellText(GridSchema schema, double[][] axes, int[] stride, int first, int cell) {
        StringBuilder text = new StringBuilder("(");
        int rest = cell;
        for (int d = 0; d < axes.length; d++) {
            int i = rest / stride[d];
            rest %= stride[d];
            GridDimension g = schema.dimensions().get(d);
            double value = axes[d][d == 0 ? first + i : i];
            text.append(d == 0 ? "" : ", ").append(g.name()).append('=').append(value);
            if (g.time()) {
                text.append(' ').append(g.encoding().units());
            }
        }
        return text.append(')').toString();
    }

    private static String sizes(GridSchema schema, double[][] axes) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < axes.length; d++) {
            text.append(d == 0 ? "" : " x ").append(axes[d].length).append(' ')
                    .append(schema.dimensions().get(d).name());
        }
        return text.toString();
    }

    private void globals(NetcdfFileWriter writer) {
        Map<String, String> source = context.source().attributes();
        Map<String, String> carried = CfAttributes.carried(source, Set.of("history"));
        carried.keySet().removeIf(k -> k.contains("."));
        carried.putIfAbsent("Conventions", "CF-1.8");
        carried.forEach((k, v) -> writer.addGroupAttribute(null, new Attribute(k, v)));
        writer.addGroupAttribute(null, new Attribute("history", History.appended(source.get("history"), context)));
    }
}
