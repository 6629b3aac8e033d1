package io.sluice.netcdf;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each variable's values lie in a NetCDF-3 file, parsed from the header as the format specification
 * defines it. netcdf-java 4.5 returns stale buffer contents, not an error, when it reads past the end of a
 * truncated file; this layout lets the reader check every read against the file's length first. The NetCDF sink
 * uses it to write record values straight to the file netcdf-java created.
 *
 * <pre>{@code
 * ClassicLayout layout = ClassicLayout.read(Path.of("tas.nc"));
 * long at = layout.extent("tas").offsetOf(12, layout.recordSize());   // where step 12 of tas starts
 * }</pre>
 */
public final class ClassicLayout {
    private static final int NC_DIMENSION = 0x0A;
    private static final int NC_VARIABLE = 0x0B;
    private static final int NC_ATTRIBUTE = 0x0C;
    /** NC_MAX_VAR_DIMS of the NetCDF C library. */
    private static final int MAX_RANK = 1024;
    /** More dimensions than any header can hold before its bytes run out; a damaged count is refused early. */
    private static final int MAX_COUNT = 1 << 24;

    /**
     * Where one variable starts, how many bytes one step along its first dimension (or record) holds, whether
     * it is a record variable, and its NetCDF-3 type code (1 byte, 2 char, 3 short, 4 int, 5 float, 6 double).
     */
    public record Extent(long begin, long stepBytes, boolean record, int type) {

        /** Offset of step {@code step} of this variable, given the file's record size. */
        public long offsetOf(int step, long recordSize) {
            return begin + step * (record ? recordSize : stepBytes);
        }
    }

    private final Map<String, Extent> extents;
    private final long recordSize;

    private ClassicLayout(Map<String, Extent> extents, long recordSize) {
        this.extents = extents;
        this.recordSize = recordSize;
    }

    /** Reads the header of a NetCDF-3 file ({@code CDF\001} or {@code CDF\002}). */
    public static ClassicLayout read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int version = in.readInt() & 0xFF;
            in.readInt(); // numrecs: the reader learns it from the dimension, the check needs no copy
            long[] dims = readDimensions(in);
            skipAttributes(in);
            return readVariables(in, dims, version == 2);
        }
    }

    /** The extent of {@code variable}, or null when it is not in the layout. */
    public Extent extent(String variable) {
        return extents.get(variable);
    }

    /** Bytes from one record to the next. */
    public long recordSize() {
        return recordSize;
    }

    /**
     * The offset just past the last byte that steps {@code [from, to)} of {@code variable} occupy, or -1 when the
     * variable is not in the layout.
     */
    long endOf(String variable, int from, int to) {
        Extent e = extents.get(variable);
        if (e == null || to <= from) {
            return -1;
        }
        return e.record ? e.begin + (long) (to - 1) * recordSize + e.stepBytes : e.begin + (long) to * e.stepBytes;
    }

    private static long[] readDimensions(DataInputStream in) throws IOException {
        int tag = in.readInt();
        int n = in.readInt();
        if (tag != NC_DIMENSION && (tag != 0 || n != 0)) {
            throw new IOException("NetCDF-3 header is damaged: expected the dimension list");
        }
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("NetCDF-3 header is damaged: " + (n & 0xFFFFFFFFL) + " dimensions");
        }
        long[] lengths = new long[n];
        for (int i = 0; i < n; i++) {
            readName(in);
            lengths[i] = in.readInt() & 0xFFFFFFFFL;
        }
        return lengths;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int tag = in.readInt();
        int n = in.readInt();
        if (tag != NC_ATTRIBUTE && (tag != 0 || n != 0)) {
            throw new IOException("NetCDF-3 header is damaged: expected an attribute list");
        }
        for (int i = 0; i < n; i++) {
            readName(in);
            int type = in.readInt();
            long count = in.readInt() & 0xFFFFFFFFL;
            skipFully(in, padded(count * elementSize(type)));
        }
    }

    private static ClassicLayout readVariables(DataInputStream in, long[] dims, boolean longOffsets)
            throws IOException {
        int tag = in.readInt();
        int n = in.readInt();
        if (tag != NC_VARIABLE && (tag != 0 || n != 0)) {
            throw new IOException("NetCDF-3 header is damaged: expected the variable list");
        }
        Map<String, Extent> extents = new HashMap<>();
        long paddedRecordSum = 0;
        long unpaddedSingle = 0;
        int recordVariables = 0;
        for (int i = 0; i < n; i++) {
            String name = readName(in);
            int rank = in.readInt();
            if (rank < 0 || rank > MAX_RANK) {
                throw new IOException("NetCDF-3 header is damaged: variable '" + name + "' has " + (rank & 0xFFFFFFFFL)
                        + " dimensions; at most " + MAX_RANK + " are possible");
            }
            long[] shape = new long[rank];
            for (int d = 0; d < rank; d++) {
                int id = in.readInt();
                if (id < 0 || id >= dims.length) {
                    throw new IOException("NetCDF-3 header is damaged: variable '" + name + "' names dimension "
                            + (id & 0xFFFFFFFFL) + " of " + dims.length);
                }
                shape[d] = dims[id];
            }
            skipAttributes(in);
            int type = in.readInt();
            in.readInt(); // vsize: recomputed below, since it saturates for variables over 4 GiB
            long begin = longOffsets ? in.readLong() : in.readInt() & 0xFFFFFFFFL;
            boolean record = rank > 0 && shape[0] == 0;
            long step = elementSize(type);
            for (int d = 1; d < rank; d++) {
                step *= shape[d];
            }
            if (record) {
                recordVariables++;
                paddedRecordSum += padded(step);
                unpaddedSingle = step;
            }
            extents.put(name, new Extent(begin, step, record, type));
        }
        long recordSize = recordVariables == 1 ? unpaddedSingle : paddedRecordSum;
        return new ClassicLayout(extents, recordSize);
    }

    private static String readName(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 16) {
            throw new IOException("NetCDF-3 header is damaged: a name of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        skipFully(in, padded(length) - length);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int elementSize(int type) throws IOException {
        return switch (type) {
            case 1, 2 -> 1;
            case 3 -> 2;
            case 4, 5 -> 4;
            case 6 -> 8;
            default -> throw new IOException("NetCDF-3 header is damaged: unknown type code " + type);
        };
    }

    private static long padded(long bytes) {
        return (bytes + 3) & ~3L;
    }

    private static void skipFully(DataInputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                in.readByte();
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
