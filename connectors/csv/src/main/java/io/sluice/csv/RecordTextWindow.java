package io.sluice.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Passes text through to the parser while keeping what it passed since the start of the record being parsed,
 * so that a bad record can be quarantined exactly as written, line breaks inside quotes included. Memory is one
 * record plus the parser's read-ahead.
 *
 * <pre>{@code
 * RecordTextWindow window = new RecordTextWindow(reader);   // the parser reads from window
 * window.keepFrom(record.getCharacterPosition());
 * String raw = window.lines(record.getCharacterPosition(), 0, 2);
 * }</pre>
 */
final class RecordTextWindow extends Reader {
    private final Reader in;
    private char[] kept = new char[1 << 16];
    private int length;
    private long base;
    private long keepFrom;

    RecordTextWindow(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        if (n > 0) {
            makeRoom(n);
            System.arraycopy(cbuf, off, kept, length, n);
            length += n;
        }
        return n;
    }

    private void makeRoom(int n) {
        if (length + n <= kept.length) {
            return;
        }
        int drop = (int) Math.min(length, Math.max(0, keepFrom - base));
        if (drop > 0) {
            System.arraycopy(kept, drop, kept, 0, length - drop);
            length -= drop;
            base += drop;
        }
        if (length + n > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
        }
    }

    /** Text before character {@code position} (counted from the start of the parser's input) may be forgotten. */
    void keepFrom(long position) {
        keepFrom = Math.max(keepFrom, position);
    }

    /**
     * The text from {@code position} on: {@code skip} lines are passed over, then the next {@code lines} lines
     * are returned joined by their own line breaks, without the last line's break (or up to the end of the input).
     */
    String lines(long position, long skip, long lines) {
        int at = (int) (position - base);
        for (long s = 0; s < skip && at < length; s++) {
            at = afterBreak(at);
        }
        int from = at;
        for (long l = 0; l < lines && at < length; l++) {
            at = afterBreak(at);
        }
        int to = at;
        if (to > from && kept[to - 1] == '\n') {
            to--;
        }
        if (to > from && kept[to - 1] == '\r') {
            to--;
        }
        return new String(kept, from, to - from);
    }

    /** The index after the line break that ends the line at {@code at}, or the end of the kept text. */
    private int afterBreak(int at) {
        for (int i = at; i < length; i++) {
            char c = kept[i];
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < length && kept[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return length;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
