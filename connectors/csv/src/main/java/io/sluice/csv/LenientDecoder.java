package io.sluice.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;

/**
 * Decodes a part's bytes to text for a source that reads past bad records: bytes that are not valid in the
 * encoding become U+FFFD and are remembered with the line they are on, so that the record holding them can be
 * rejected ({@link #problemIn}) while the records around it are read. Lines are counted as the parser counts
 * them (CR, LF and CRLF end a line).
 *
 * <pre>{@code
 * LenientDecoder text = new LenientDecoder(bytes, UTF_8, firstByte, firstLine);
 * String why = text.problemIn(17, 18);   // null, or "byte 1,234 (0xFF) is not valid UTF-8; ..."
 * }</pre>
 */
final class LenientDecoder extends Reader {
    /** Bad bytes: the line they are on and why. */
    private record BadBytes(long line, String reason) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final ArrayDeque<BadBytes> bad = new ArrayDeque<>();
    private long consumed;
    private long line;
    private char previous;
    private boolean eof;
    private boolean flushed;

    LenientDecoder(InputStream in, Charset charset, long firstByte, long firstLine) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.consumed = firstByte;
        this.line = firstLine;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off && !flushed) {
            if (!eof && bytes.remaining() < bytes.capacity() / 2) {
                fill();
            }
            int before = bytes.position();
            int counted = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            countLines(cbuf, counted, out.position());
            if (result.isError() && out.hasRemaining()) {
                remember(result.length());
                out.put('\uFFFD');
                previous = '\uFFFD';
            } else if (eof && result.isUnderflow() && !bytes.hasRemaining()) {
                decoder.flush(out);
                flushed = true;
            } else if (result.isError() || result.isOverflow()) {
                break;
            }
        }
        int n = out.position() - off;
        return n == 0 && flushed ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void remember(int length) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < length; i++) {
            shown.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i)));
        }
        bad.add(new BadBytes(line, String.format("byte %,d (%s) is not valid %s; set encoding: to the file's"
                + " encoding, such as ISO-8859-1 or windows-1252", consumed, shown, decoder.charset().name())));
        bytes.position(bytes.position() + length);
        consumed += length;
    }

    private void countLines(char[] cbuf, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cbuf[i];
            if (c == '\r' || (c == '\n' && previous != '\r')) {
                line++;
            }
            previous = c;
        }
    }

    /** Whether bad bytes were met that no record has been asked about yet. */
    boolean pending() {
        return !bad.isEmpty();
    }

    /**
     * Why the record on lines {@code first..last} cannot be read (its first bad bytes), or null when its bytes
     * are all valid. Forgets bad bytes up to line {@code last}: those before {@code first} were on lines no record
     * holds (comments, skipped lines). Calls must come in line order.
     */
    String problemIn(long first, long last) {
        String reason = null;
        while (!bad.isEmpty() && bad.peek().line() <= last) {
            BadBytes b = bad.poll();
            if (reason == null && b.line() >= first) {
                reason = b.reason();
            }
        }
        return reason;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
