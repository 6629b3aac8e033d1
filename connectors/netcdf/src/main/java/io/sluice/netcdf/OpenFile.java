package io.sluice.netcdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * One open, not enhanced, NetCDF file: it is used by one thread at a time only, because netcdf-java's
 * readers keep per-file buffers and positions. Variables are found by their full name.
 */
final class OpenFile implements Closeable {
    /** Read buffer of each handle: large enough that one block is read in few system calls. */
    private static final int BUFFER_BYTES = 1 << 20;

    private final NetcdfFile file;
    private final Path path;
    private final Map<String, Variable> byName = new HashMap<>();
    private FileChannel channel;
    private ByteBuffer recordBuffer;

    private OpenFile(NetcdfFile file, Path path) {
        this.file = file;
        this.path = path;
        for (Variable v : file.getVariables()) {
            byName.put(v.getFullName(), v);
        }
    }

    /** Opens {@code path} with the raw netcdf-java readers (no fill, scale or coordinate handling). */
    static OpenFile open(Path path) throws IOException {
        return new OpenFile(NetcdfFile.open(path.toString(), BUFFER_BYTES, null), path);
    }

    /** A channel on the same file for direct block reads of NetCDF-3 data, opened on first use. */
    FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        }
        return channel;
    }

    /**
     * This handle's direct buffer of at least {@code bytes} bytes, cleared, for positional reads of records:
     * reused from read to read (a heap buffer would be copied once more by the channel, from a temporary direct
     * buffer, and a fresh one allocated per block).
     */
    ByteBuffer recordBuffer(int bytes) {
        if (recordBuffer == null || recordBuffer.capacity() < bytes) {
            recordBuffer = ByteBuffer.allocateDirect(bytes);
        }
        recordBuffer.clear().limit(bytes);
        return recordBuffer;
    }

    /** The netcdf-java file. */
    NetcdfFile file() {
        return file;
    }

    /** The variable with the given full name, or null. */
    Variable variable(String fullName) {
        return byName.get(fullName);
    }

    @Override
    public void close() throws IOException {
        try {
            file.close();
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
