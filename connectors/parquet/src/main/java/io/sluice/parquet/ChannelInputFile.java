package io.sluice.parquet;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A local file as Parquet's {@link InputFile}, read through a {@link FileChannel} in whole buffers. (Parquet's
 * own {@code LocalInputFile} reads byte by byte when a caller asks for an array, which made copying row groups
 * at commit 100 times slower than writing them.)
 */
final class ChannelInputFile implements InputFile {
    private final Path file;

    ChannelInputFile(Path file) {
        this.file = file;
    }

    @Override
    public long getLength() throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            return c.size();
        }
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
        return new Stream(FileChannel.open(file, StandardOpenOption.READ));
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** A seekable stream over a channel; every read is one channel read into the caller's buffer. */
    private static final class Stream extends SeekableInputStream {
        private final FileChannel channel;

        Stream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public long getPos() throws IOException {
            return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
            channel.position(newPos);
        }

        @Override
        public int read() throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            return channel.read(one) <= 0 ? -1 : one.get(0) & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int off, int len) throws IOException {
            return len == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, off, len));
        }

        @Override
        public void readFully(byte[] bytes) throws IOException {
            readFully(ByteBuffer.wrap(bytes));
        }

        @Override
        public void readFully(byte[] bytes, int start, int len) throws IOException {
            readFully(ByteBuffer.wrap(bytes, start, len));
        }

        @Override
        public int read(ByteBuffer buf) throws IOException {
            return channel.read(buf);
        }

        @Override
        public void readFully(ByteBuffer buf) throws IOException {
            while (buf.hasRemaining()) {
                if (channel.read(buf) < 0) {
                    throw new EOFException("reached the end of the file with " + buf.remaining()
                            + " bytes left to read");
                }
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
