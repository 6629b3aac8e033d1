package io.sluice.core.sink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * CRC32C checksums of files, read in blocks of 1 MiB: the manifest records one per part, and a resumed run
 * reuses a part only when its checksum still matches.
 *
 * <pre>{@code long crc = FileChecksum.crc32c(part);}</pre>
 */
public final class FileChecksum {
    private static final int BLOCK = 1 << 20;

    private FileChecksum() {
    }

    /** The CRC32C of the whole of {@code file}. */
    public static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[BLOCK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    /** The CRC32C of at most the first and the last {@code sample} bytes of {@code file}. */
    public static long sample(Path file, long size, int sample) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[(int) Math.min(sample, size)];
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            readAt(channel, 0, buffer);
            crc.update(buffer);
            if (size > sample) {
                readAt(channel, size - buffer.length, buffer);
                crc.update(buffer);
            }
        }
        return crc.getValue();
    }

    private static void readAt(SeekableByteChannel channel, long at, byte[] into)
            throws IOException {
        channel.position(at);
        ByteBuffer b = ByteBuffer.wrap(into);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("file shrank while being read");
            }
        }
    }
}
