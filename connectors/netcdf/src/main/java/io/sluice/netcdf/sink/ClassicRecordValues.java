package io.sluice.netcdf.sink;

import io.sluice.netcdf.ClassicLayout;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import ucar.nc2.Variable;

/**
 * Writes the values of staged records straight into a NetCDF-3 file whose header (and time stamps) netcdf-java
 * wrote: each record of each variable is encoded big-endian in the variable's type, NaN as its {@code _FillValue},
 * and written with one positional write at the offset the header gives. netcdf-java 4.5 writes values one at a
 * time through its buffered file and refills the buffer on every seek: for the per-season files of the 0.92 GB
 * benchmark input that was half the run's CPU time, all of it on the committing thread. The bytes are the same.
 *
 * <pre>{@code
 * try (ClassicRecordValues values = ClassicRecordValues.open(file, dataVariables, cells, "out.nc")) {
 *     values.write(part, 0);
 * }
 * }</pre>
 */
final class ClassicRecordValues implements Closeable {
    private final FileChannel channel;
    private final long recordSize;
    private final ClassicLayout.Extent[] extents;
    private final double[] fills;
    private final int cells;
    private final String shown;
    private final ByteBuffer staged;
    private final ByteBuffer encoded;

    private ClassicRecordValues(FileChannel channel, long recordSize, ClassicLayout.Extent[] extents, double[] fills,
                                int cells, String shown) {
        this.channel = channel;
        this.recordSize = recordSize;
        this.extents = extents;
        this.fills = fills;
        this.cells = cells;
        this.shown = shown;
        this.staged = ByteBuffer.allocateDirect(cells * Double.BYTES);
        this.encoded = ByteBuffer.allocateDirect(cells * Double.BYTES);
    }

    /**
     * Opens {@code file} (written and closed by netcdf-java) to write the record values of {@code variables}, its
     * data variables in the staged order, {@code cells} values per record each; {@code shown} names it in messages.
     */
    static ClassicRecordValues open(Path file, List<Variable> variables, int cells, String shown) throws IOException {
        ClassicLayout layout = ClassicLayout.read(file);
        ClassicLayout.Extent[] extents = new ClassicLayout.Extent[variables.size()];
        double[] fills = new double[variables.size()];
        for (int k = 0; k < extents.length; k++) {
            Variable v = variables.get(k);
            extents[k] = layout.extent(v.getShortName());
            if (extents[k] == null || !extents[k].record()) {
                throw new IOException(shown + ": the header just written has no record variable '" + v.getShortName()
                        + "'");
            }
            fills[k] = v.findAttribute("_FillValue").getNumericValue().doubleValue();
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        return new ClassicRecordValues(channel, layout.recordSize(), extents, fills, cells, shown);
    }

    /** Writes every record of {@code part} as records {@code first, first + 1, ...} of the file. */
    void write(StagedRecords part, int first) throws IOException {
        try (FileChannel in = FileChannel.open(part.file(), StandardOpenOption.READ)) {
            for (int r = 0; r < part.records(); r++) {
                for (int k = 0; k < extents.length; k++) {
                    staged.clear();
                    while (staged.hasRemaining()) {
                        if (in.read(staged) < 0) {
                            throw new IOException(shown + ": " + part + " ends early in staging");
                        }
                    }
                    staged.flip();
                    encode(extents[k].type(), fills[k]);
                    long at = extents[k].offsetOf(first + r, recordSize);
                    while (encoded.hasRemaining()) {
                        at += channel.write(encoded, at);
                    }
                }
            }
        }
    }

    /** The staged doubles of one record in the variable's NetCDF-3 type (4 int, 5 float, else double). */
    private void encode(int type, double fill) {
        encoded.clear();
        if (type == 5) {
            float missing = (float) fill;
            for (int i = 0; i < cells; i++) {
                double v = staged.getDouble();
                encoded.putFloat(v != v ? missing : (float) v);
            }
        } else if (type == 4) {
            int missing = (int) fill;
            for (int i = 0; i < cells; i++) {
                double v = staged.getDouble();
                encoded.putInt(v != v ? missing : (int) v);
            }
        } else {
            for (int i = 0; i < cells; i++) {
                double v = staged.getDouble();
                encoded.putDouble(v != v ? fill : v);
            }
        }
        encoded.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
