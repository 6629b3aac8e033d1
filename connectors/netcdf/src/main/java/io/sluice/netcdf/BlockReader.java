package io.sluice.netcdf;

import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.BatchReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Variable;

/**
 * Reads time steps {@code [start, end)} in blocks of at most {@code stepsPerBlock} consecutive steps through the
 * current thread's file handle: NetCDF-3 numbers straight from the file ({@link ClassicBlocks}), anything else
 * with one netcdf-java hyperslab read per variable and block.
 */
final class BlockReader implements BatchReader {
    private final HandlePool pool;
    private final GridPlan plan;
    private final int end;
    private final int stepsPerBlock;
    private int next;

    BlockReader(HandlePool pool, GridPlan plan, int start, int end, int stepsPerBlock) {
        this.pool = pool;
        this.plan = plan;
        this.next = start;
        this.end = end;
        this.stepsPerBlock = stepsPerBlock;
    }

    @Override
    public GridBatch next() throws IOException {
        if (next >= end) {
            return null;
        }
        int from = next;
        int to = (int) Math.min(end, (long) from + stepsPerBlock);
        OpenFile file = pool.get();
        int cells = (int) plan.cellsPerStep();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int k = 0; k < plan.names().size(); k++) {
            String name = plan.names().get(k);
            double[] out = new double[(to - from) * cells];
            ClassicLayout.Extent extent = plan.layout() == null ? null : plan.layout().extent(name);
            if (ClassicBlocks.supports(extent)) {
                Extents.check(plan.layout(), plan.fileLength(), name, from, to);
                Object raw = ClassicBlocks.read(file.channel(), extent, plan.layout().recordSize(), from, to, cells);
                ValueConverter.convert(raw, out.length, plan.packings().get(k), out, 0);
            } else {
                ValueConverter.convert(read(file, name, from, to), plan.packings().get(k), out, 0);
            }
            values.put(name, out);
        }
        next = to;
        return GridBatch.of(plan.time().slice(from, to), plan.space(), values);
    }

    private Array read(OpenFile file, String name, int from, int to) throws IOException {
        Variable v = file.variable(name);
        if (v == null) {
            throw new IOException("variable '" + name + "' is no longer in the file");
        }
        Extents.check(plan.layout(), plan.fileLength(), v.getShortName(), from, to);
        int[] origin = new int[v.getRank()];
        int[] shape = v.getShape();
        origin[0] = from;
        shape[0] = to - from;
        try {
            return v.read(origin, shape);
        } catch (InvalidRangeException e) {
            throw new IOException(name + " steps " + from + ".." + (to - 1) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("reading " + name + " steps " + from + ".." + (to - 1) + " failed: " + e, e);
        }
    }

    @Override
    public void close() {
        next = end;
    }
}
