package io.sluice.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes {@code [start, end)} of a file channel as a stream, read with positional reads. */
final class RangeInputStream extends InputStream {
    private final FileChannel channel;
    private final long end;
    private long position;

    RangeInputStream(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= end) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
        if (n < 0) {
            return -1;
        }
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
