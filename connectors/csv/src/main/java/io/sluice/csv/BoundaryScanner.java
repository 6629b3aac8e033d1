package io.sluice.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Finds safe places to cut a CSV file into parts of about {@code partSize} bytes, in one sequential pass over
 * its bytes: a small state machine that follows quoting exactly as the parser does (a quote opens a field only
 * at its start, a doubled quote stays inside, an escape takes the next byte, comment lines are not parsed), so
 * a line break inside a quoted field is never taken for the end of a record. It also counts lines as the
 * parser does (CR, LF and CRLF are one line break each), so each part knows its first line number.
 * The cost is one read of the file at memory speed, with no allocation per byte, made once when the source is
 * described. It works on the bytes of ASCII-compatible encodings ({@link CsvDialect#byteScannable}).
 *
 * <pre>{@code
 * FileLayout layout = new BoundaryScanner(dialect, 0, true).scan(file, channel, bom, UTF_8, 64 << 20);
 * }</pre>
 */
final class BoundaryScanner {
    private static final int RECORD_START = 0;
    private static final int FIELD_START = 1;
    private static final int UNQUOTED = 2;
    private static final int QUOTED = 3;
    private static final int QUOTE_IN_QUOTED = 4;
    private static final int AFTER_QUOTED = 5;
    private static final int COMMENT = 6;
    private static final int AFTER_CR = 7;
    private static final int ESCAPED_UNQUOTED = 8;
    private static final int ESCAPED_QUOTED = 9;
    private static final int SKIPPING = 10;
    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int BUFFER = 1 << 20;

    private final int delimiter;
    private final int quote;
    private final int escape;
    private final int comment;
    private final boolean trim;
    private final int skipLines;
    private final boolean header;
    /** Bytes that end a run of plain bytes inside an unquoted field: delimiter, escape, CR, LF. */
    private final boolean[] unquotedStop = new boolean[256];
    /** Bytes that end a run of plain bytes inside a quoted field: quote, escape, CR, LF. */
    private final boolean[] quotedStop = new boolean[256];
    /** Bytes that, first in a field, do not just start an unquoted one: quote, delimiter, escape, CR, LF, spaces. */
    private final boolean[] fieldStartStop = new boolean[256];

    BoundaryScanner(CsvDialect dialect, int skipLines, boolean header) {
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote() == null ? -2 : dialect.quote();
        this.escape = dialect.escape() == null ? -2 : dialect.escape();
        this.comment = dialect.comment() == null ? -2 : dialect.comment();
        this.trim = dialect.trim();
        this.skipLines = skipLines;
        this.header = header;
        for (int b : new int[] {delimiter, escape, CR, LF}) {
            if (b >= 0 && b < 256) {
                unquotedStop[b] = true;
            }
        }
        for (int b : new int[] {quote, escape, CR, LF}) {
            if (b >= 0 && b < 256) {
                quotedStop[b] = true;
            }
        }
        for (int b : new int[] {quote, delimiter, escape, CR, LF}) {
            if (b >= 0 && b < 256) {
                fieldStartStop[b] = true;
            }
        }
        for (int b = 0; b < 256 && trim; b++) {
            fieldStartStop[b] |= Character.isWhitespace((char) b);
        }
    }

    /**
     * The layout of {@code channel}'s bytes after {@code bomLength}: parts of at least {@code partSize} bytes,
     * cut at record starts, the header staying in part 0.
     *
     * @throws CsvInputException when the file ends inside a quoted field
     */
    FileLayout scan(CsvFile file, FileChannel channel, ByteOrderMark bom, Charset charset, long partSize)
            throws IOException {
        long size = channel.size();
        long[] starts = new long[16];
        long[] lines = new long[16];
        starts[0] = 0;
        lines[0] = 1;
        int parts = 1;
        long target = partSize;
        long line = 1;
        long quoteLine = 0;
        boolean mayCut = !header;
        int state = skipLines > 0 ? SKIPPING : RECORD_START;
        int previous = -1;
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        byte[] bytes = buffer.array();
        long offset = bom.length();
        while (offset < size) {
            buffer.clear();
            int n = channel.read(buffer, offset);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (state == UNQUOTED || state == QUOTED) {
                    // fast path: plain bytes change neither the state nor the line count, and in unquoted text
                    // a delimiter followed by a plain byte just starts the next unquoted field
                    int from = i;
                    if (state == QUOTED) {
                        while (i < n && !quotedStop[bytes[i] & 0xff]) {
                            i++;
                        }
                    } else {
                        while (i < n) {
                            int c = bytes[i] & 0xff;
                            if (!unquotedStop[c]) {
                                i++;
                            } else if (c == delimiter && i + 1 < n && !fieldStartStop[bytes[i + 1] & 0xff]) {
                                i += 2;
                            } else {
                                break;
                            }
                        }
                    }
                    if (i > from) {
                        previous = bytes[i - 1] & 0xff;
                    }
                    if (i == n) {
                        break;
                    }
                }
                int b = bytes[i] & 0xff;
                if (state == RECORD_START && mayCut && offset + i >= target) {
                    if (parts == starts.length) {
                        starts = Arrays.copyOf(starts, parts * 2);
                        lines = Arrays.copyOf(lines, parts * 2);
                    }
                    starts[parts] = offset + i;
                    lines[parts] = line;
                    parts++;
                    target = offset + i + partSize;
                }
                boolean lineBreak = b == CR || (b == LF && previous != CR);
                if (lineBreak) {
                    line++;
                }
                previous = b;
                if (state == SKIPPING) {
                    if (lineBreak && line - 1 >= skipLines) {
                        state = b == CR ? AFTER_CR : RECORD_START;
                    }
                    continue;
                }
                int before = state;
                if ((state == RECORD_START || state == FIELD_START) && !fieldStartStop[b] && b != comment) {
                    state = UNQUOTED; // the common case, without the general step
                } else {
                    state = step(state, b);
                }
                if (state == QUOTED && before != QUOTED && before != ESCAPED_QUOTED && before != QUOTE_IN_QUOTED) {
                    quoteLine = line;
                }
                if (recordEnded) {
                    mayCut = true;
                    recordEnded = false;
                }
            }
            offset += n;
        }
        if (state == QUOTED || state == ESCAPED_QUOTED) {
            throw new CsvInputException(file.shown() + ":" + quoteLine + ": a quoted field that starts on this line"
                    + " is not closed before the end of the file; expected a closing " + (char) quote);
        }
        return new FileLayout(file.path(), charset, size, Arrays.copyOf(starts, parts), Arrays.copyOf(lines, parts),
                previous == CR || previous == LF);
    }

    private boolean recordEnded;

    /** The state after byte {@code b}; sets {@link #recordEnded} when a record (not a comment) ends. */
    private int step(int state, int b) {
        switch (state) {
            case AFTER_CR:
                return b == LF ? RECORD_START : step(RECORD_START, b);
            case RECORD_START:
                if (b == LF) {
                    return RECORD_START;
                }
                if (b == CR) {
                    return AFTER_CR;
                }
                if (b == comment) {
                    return COMMENT;
                }
                return step(FIELD_START, b);
            case COMMENT:
                return b == LF ? RECORD_START : b == CR ? AFTER_CR : COMMENT;
            case FIELD_START:
                if (b == delimiter) {
                    return FIELD_START;
                }
                if (b == LF || b == CR) {
                    return endRecord(b);
                }
                if (b == quote) {
                    return QUOTED;
                }
                if (trim && Character.isWhitespace((char) b)) {
                    return FIELD_START;
                }
                return step(UNQUOTED, b);
            case UNQUOTED:
                if (b == delimiter) {
                    return FIELD_START;
                }
                if (b == LF || b == CR) {
                    return endRecord(b);
                }
                return b == escape ? ESCAPED_UNQUOTED : UNQUOTED;
            case ESCAPED_UNQUOTED:
                return UNQUOTED;
            case QUOTED:
                if (b == escape) {
                    return ESCAPED_QUOTED;
                }
                return b == quote ? QUOTE_IN_QUOTED : QUOTED;
            case ESCAPED_QUOTED:
                return QUOTED;
            case QUOTE_IN_QUOTED:
                return b == quote ? QUOTED : step(AFTER_QUOTED, b);
            default: // AFTER_QUOTED
                if (b == delimiter) {
                    return FIELD_START;
                }
                if (b == LF || b == CR) {
                    return endRecord(b);
                }
                return AFTER_QUOTED;
        }
    }

    private int endRecord(int b) {
        recordEnded = true;
        return b == CR ? AFTER_CR : RECORD_START;
    }
}
