package io.sluice.csv;

import io.sluice.core.badrecord.OnError;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one part of a CSV file, parsed by Commons CSV from the part's bytes, each with the line it
 * starts on. The part starting at byte 0 also skips the byte order mark and the {@code skip-lines} lines; the
 * caller reads the header as its first record. Errors become one located line: {@code obs.csv:17: ...}.
 *
 * <pre>{@code
 * try (RecordCursor c = RecordCursor.open(file, dialect, layout, 0, skipLines)) {
 *     for (CSVRecord r = c.next(); r != null; r = c.next()) use(r, c.line());
 * }
 * }</pre>
 */
final class RecordCursor implements Closeable {
    private final CsvFile file;
    private final FileLayout layout;
    private final long start;
    private final long end;
    private final long lineOffset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LenientDecoder lenient;
    private final RecordTextWindow window;
    private CSVRecord current;
    private long linesAfterCurrent;
    private long linesAfterPrevious;

    private RecordCursor(CsvFile file, FileLayout layout, long start, long end, long lineOffset, CSVParser parser,
                         LenientDecoder lenient, RecordTextWindow window) {
        this.file = file;
        this.layout = layout;
        this.start = start;
        this.end = end;
        this.lineOffset = lineOffset;
        this.parser = parser;
        this.records = parser.iterator();
        this.lenient = lenient;
        this.window = window;
    }

    /** A cursor over the part of {@code layout} that starts at byte {@code start}, failing on bad bytes. */
    static RecordCursor open(CsvFile file, CsvDialect dialect, FileLayout layout, long start, int skipLines)
            throws IOException {
        return open(file, dialect, layout, start, skipLines, OnError.FAIL);
    }

    /**
     * A cursor over the part of {@code layout} that starts at byte {@code start}. Unless {@code onError} is
     * {@code FAIL}, bytes that are not text in the encoding are read past and reported per record
     * ({@link #encodingProblem()}); with {@code QUARANTINE} the text of each record is kept ({@link #text()}).
     */
    static RecordCursor open(CsvFile file, CsvDialect dialect, FileLayout layout, long start, int skipLines,
                             OnError onError) throws IOException {
        int part = layout.partAt(start);
        if (part < 0) {
            throw new IllegalArgumentException(file.shown() + ": no part starts at byte " + start);
        }
        long end = layout.end(part);
        FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        try {
            Charset charset = layout.charset();
            long from = start;
            if (start == 0) {
                from = ByteOrderMark.of(channel).length();
            }
            RangeInputStream bytes = new RangeInputStream(channel, from, end);
            LenientDecoder lenient = onError == OnError.FAIL ? null
                    : new LenientDecoder(bytes, charset, from, layout.lines()[part]);
            Reader reader = lenient != null ? lenient : new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            long lineOffset = layout.lines()[part] - 1;
            if (start == 0 && skipLines > 0) {
                BufferedReader buffered = new BufferedReader(reader, 1 << 16);
                skipLines(buffered, skipLines);
                reader = buffered;
                lineOffset = skipLines;
            }
            RecordTextWindow window = onError == OnError.QUARANTINE ? new RecordTextWindow(reader) : null;
            CSVParser parser = CSVParser.builder().setFormat(dialect.format())
                    .setReader(window != null ? window : reader).get();
            return new RecordCursor(file, layout, start, end, lineOffset, parser, lenient, window);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void skipLines(BufferedReader reader, int lines) throws IOException {
        for (int skipped = 0; skipped < lines; ) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\n') {
                skipped++;
            } else if (c == '\r') {
                skipped++;
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
            }
        }
    }

    /** The next record, or null at the end of the part. */
    CSVRecord next() throws IOException {
        try {
            current = records.next();
        } catch (NoSuchElementException e) {
            current = null;
            return null;
        } catch (UncheckedIOException e) {
            throw located(e.getCause());
        }
        linesAfterPrevious = linesAfterCurrent;
        linesAfterCurrent = parser.getCurrentLineNumber();
        if (window != null) {
            window.keepFrom(current.getCharacterPosition());
        }
        return current;
    }

    /**
     * Why the last record's bytes are not text in the file's encoding, or null when they are (always null for a
     * cursor that fails on bad bytes). Must be asked of every record, in order, by a cursor that reads past them.
     */
    String encodingProblem() {
        if (lenient == null || !lenient.pending()) {
            return null;
        }
        long first = line();
        return lenient.problemIn(first, first + breaksInside(current));
    }

    /** The last record's text as in the input, without its final line break; null unless quarantining. */
    String text() {
        if (window == null) {
            return null;
        }
        long first = line();
        long lineAtStart = lineOffset + linesAfterPrevious + 1;
        return window.lines(current.getCharacterPosition(), first - lineAtStart, breaksInside(current) + 1);
    }

    /** The line the last record returned by {@link #next()} starts on. */
    long line() {
        long last = lineOffset + linesAfterCurrent;
        if (end == layout.size() && !layout.endsWithLineBreak() && isLast()) {
            last++;
        }
        return last - breaksInside(current);
    }

    private boolean isLast() {
        try {
            return !records.hasNext();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long breaksInside(CSVRecord record) {
        long breaks = 0;
        for (int i = 0; i < record.size(); i++) {
            String v = record.get(i);
            if (v == null) {
                continue;
            }
            char previous = 0;
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '\r' || (c == '\n' && previous != '\r')) {
                    breaks++;
                }
                previous = c;
            }
        }
        return breaks;
    }

    private IOException located(IOException e) throws IOException {
        if (e instanceof CharacterCodingException) {
            try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
                return EncodingErrors.locate(file, channel, start, end, layout.lines()[layout.partAt(start)],
                        layout.charset());
            }
        }
        return SyntaxErrors.locate(file, e, lineOffset, parser.getCurrentLineNumber());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
