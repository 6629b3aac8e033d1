package io.sluice.netcdf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.util.Set;

/**
 * Reads time steps of a NetCDF-3 variable straight from the file, using the value offsets of the header:
 * one positional read per record (or one for a whole block of a fixed-size variable) and bulk big-endian
 * decoding into a primitive array. netcdf-java 4.5 decodes classic files one byte at a time, which made
 * reading, not computing, the cost of a seasonal mean.
 *
 * <pre>{@code Object floats = ClassicBlocks.read(channel, extent, recordSize, from, to, cells);}</pre>
 */
final class ClassicBlocks {
    /** NetCDF-3 type codes read directly: byte, short, int, float, double (char is not a number). */
    private static final Set<Integer> NUMERIC = Set.of(1, 3, 4, 5, 6);

    private ClassicBlocks() {
    }

    /** Whether the variable's type can be read directly. */
    static boolean supports(ClassicLayout.Extent extent) {
        return extent != null && NUMERIC.contains(extent.type());
    }

    /**
     * The raw values of steps {@code [from, to)}, {@code cells} values per step, as a primitive array of the
     * variable's type (byte[], short[], int[], float[] or double[]).
     */
    static Object read(FileChannel channel, ClassicLayout.Extent extent, long recordSize, int from, int to,
                       int cells) throws IOException {
        int steps = to - from;
        int stepBytes = Math.toIntExact(extent.stepBytes());
        Object values = allocate(extent.type(), steps * cells);
        if (extent.record()) {
            ByteBuffer buffer = ByteBuffer.allocate(stepBytes);
            for (int s = 0; s < steps; s++) {
                buffer.clear();
                readFully(channel, buffer, extent.offsetOf(from + s, recordSize));
                decode(buffer, extent.type(), values, s * cells, cells);
            }
        } else {
            ByteBuffer buffer = ByteBuffer.allocate(Math.multiplyExact(stepBytes, steps));
            readFully(channel, buffer, extent.offsetOf(from, recordSize));
            decode(buffer, extent.type(), values, 0, steps * cells);
        }
        return values;
    }

    /**
     * Reads float steps {@code [from, to)} of a record variable straight into doubles, missing values ({@code m1},
     * {@code m2}; NaN for none) as NaN: decoding, widening and the missing-value test in one pass over each
     * record, with no intermediate float array.
     */
    static void readFloatRecords(OpenFile file, ClassicLayout.Extent extent, long recordSize, int from,
                                 int to, int cells, float m1, float m2, double[] out) throws IOException {
        FileChannel channel = file.channel();
        int bytes = Math.toIntExact(extent.stepBytes());
        ByteBuffer buffer = file.recordBuffer(bytes);
        for (int s = 0, o = 0; s < to - from; s++, o += cells) {
            buffer.clear().limit(bytes);
            readFully(channel, buffer, extent.offsetOf(from + s, recordSize));
            buffer.flip();
            FloatBuffer floats = buffer.asFloatBuffer();
            for (int i = 0; i < cells; i++) {
                float r = floats.get(i);
                out[o + i] = r == m1 | r == m2 ? Double.NaN : r;
            }
        }
    }

    /** Whether {@link #readFloatRecords} can read the variable: floats stored one record per step. */
    static boolean holdsFloatRecords(ClassicLayout.Extent extent) {
        return extent != null && extent.record() && extent.type() == 5;
    }

    private static Object allocate(int type, int n) {
        return switch (type) {
            case 1 -> new byte[n];
            case 3 -> new short[n];
            case 4 -> new int[n];
            case 5 -> new float[n];
            case 6 -> new double[n];
            default -> throw new IllegalArgumentException("type code " + type + " is not read directly");
        };
    }

    private static void decode(ByteBuffer buffer, int type, Object values, int offset, int count) {
        buffer.flip();
        switch (type) {
            case 1 -> buffer.get((byte[]) values, offset, count);
            case 3 -> buffer.asShortBuffer().get((short[]) values, offset, count);
            case 4 -> buffer.asIntBuffer().get((int[]) values, offset, count);
            case 5 -> buffer.asFloatBuffer().get((float[]) values, offset, count);
            case 6 -> buffer.asDoubleBuffer().get((double[]) values, offset, count);
            default -> throw new IllegalArgumentException("type code " + type + " is not read directly");
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException(String.format("unexpected end of file at byte %,d", at));
            }
            at += n;
        }
    }
}
