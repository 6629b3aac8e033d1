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
 * current thread's handle of the file holding them (a block ends at a file's end, so that a chunk spanning two
 * files of a multi-file source reads each through its own handle): NetCDF-3 numbers straight from the file
 * ({@link ClassicBlocks}), anything else
 * with one netcdf-java hyperslab read per variable and block.
 */
final class BlockReader implements BatchReader {
    private final GridPlan plan;
    private final int end;
    private final int stepsPerBlock;
    private int next;

    BlockReader(GridPlan plan, int start, int end, int stepsPerBlock) {
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
        Member member = plan.memberOf(next);
        int to = (int) Math.min(Math.min(end, member.end()), (long) next + stepsPerBlock);
        int from = next - member.start();
        int count = to - next;
        OpenFile file = member.pool().get();
        int cells = (int) plan.cellsPerStep();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int k = 0; k < plan.names().size(); k++) {
            String name = plan.names().get(k);
            double[] out = new double[count * cells];
            ClassicLayout layout = member.layout();
            ClassicLayout.Extent extent = layout == null ? null : layout.extent(name);
            Packing packing = member.packings().get(k);
            if (ClassicBlocks.holdsFloatRecords(extent) && ValueConverter.isPlainFloat(packing)) {
                Extents.check(layout, member.fileLength(), name, from, from + count);
                ClassicBlocks.readFloatRecords(file, extent, layout.recordSize(), from, from + count,
                        cells, ValueConverter.firstMissing(packing), ValueConverter.secondMissing(packing), out);
            } else if (ClassicBlocks.supports(extent)) {
                Extents.check(layout, member.fileLength(), name, from, from + count);
                Object raw = ClassicBlocks.read(file.channel(), extent, layout.recordSize(), from, from + count,
                        cells);
                ValueConverter.convert(raw, out.length, member.packings().get(k), out, 0);
            } else {
                ValueConverter.convert(read(file, member, name, from, from + count), member.packings().get(k), out,
                        0);
            }
            values.put(name, out);
        }
        int first = next;
        next = to;
        return GridBatch.of(plan.time().slice(first, to), plan.space(), values);
    }

    private Array read(OpenFile file, Member member, String name, int from, int to) throws IOException {
        Variable v = file.variable(name);
        if (v == null) {
            throw new IOException("variable '" + name + "' is no longer in the file");
        }
        Extents.check(member.layout(), member.fileLength(), v.getShortName(), from, to);
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
