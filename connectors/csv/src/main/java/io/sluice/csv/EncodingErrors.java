package io.sluice.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Says where a file stops being valid text in its encoding: decodes the part again from its first byte,
 * counting lines, up to the first malformed or unmappable bytes. Used only after the reader failed, since the
 * reader's decoder runs ahead of the parser and cannot tell the line itself.
 *
 * <pre>{@code throw EncodingErrors.locate(file, channel, 0, size, 1, UTF_8);}</pre>
 */
final class EncodingErrors {
    private EncodingErrors() {
    }

    /** The error for the first bad bytes of {@code [start, end)}, whose first byte is on line {@code firstLine}. */
    static CsvInputException locate(CsvFile file, FileChannel channel, long start, long end, long firstLine,
                                    Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = firstLine;
        char previous = 0;
        long consumed = start;
        long read = start;
        while (true) {
            int n = read < end ? channel.read(in, read) : -1;
            if (n > 0) {
                read += n;
                if (read > end) {
                    in.position(in.position() - (int) (read - end));
                    read = end;
                }
            }
            in.flip();
            int before = in.position();
            CoderResult result = decoder.decode(in, out, n < 0);
            consumed += in.position() - before;
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\r' || (c == '\n' && previous != '\r')) {
                    line++;
                }
                previous = c;
            }
            out.clear();
            if (result.isError()) {
                StringBuilder bytes = new StringBuilder();
                for (int i = 0; i < result.length(); i++) {
                    bytes.append(i == 0 ? "" : " ").append(String.format("0x%02X", in.get(in.position() + i)));
                }
                return new CsvInputException(file.shown() + ":" + line + ": byte " + consumed + " (" + bytes
                        + ") is not valid " + charset.name() + "; set encoding: to the file's encoding, such as"
                        + " ISO-8859-1 or windows-1252");
            }
            in.compact();
            if (n < 0) {
                return new CsvInputException(file.shown() + ": cannot be decoded as " + charset.name()
                        + "; set encoding: to the file's encoding");
            }
        }
    }
}
