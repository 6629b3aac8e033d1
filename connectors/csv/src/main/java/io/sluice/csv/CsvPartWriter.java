package io.sluice.csv;

import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import io.sluice.core.sink.OutputFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the rows of one part, without header, to its staging file. Rows are formatted into a reused 64 Ki
 * character block (the writer-side buffer), encoded (UTF-8 unless set) and written to the file 1 MiB at a time; every
 * table of a part must have the same columns.
 * One thread uses a writer; different parts are written by different threads. A writer whose
 * {@link #write(Table)} failed never reports its part as complete, so a commit cannot publish half a part.
 */
final class CsvPartWriter implements PartWriter {
    /** Bytes per write to the file; the UTF-8 encoder alone would write in 8 KiB pieces. */
    static final int FILE_BUFFER_BYTES = 1 << 20;
    private static final int BLOCK_CHARS = 1 << 16;

    private final String part;
    private final Consumer<List<String>> onComplete;
    private final CsvText text;
    private final Writer out;
    private final StringBuilder block = new StringBuilder(BLOCK_CHARS + 1024);
    private final char[] chars = new char[BLOCK_CHARS + 1024];
    private List<String> header;
    private boolean closed;
    private boolean failed;
    private final Charset charset;
    private final boolean crlf;

    private CsvPartWriter(String part, Consumer<List<String>> onComplete, CsvText text, Writer out,
                          Charset charset) {
        this.part = part;
        this.onComplete = onComplete;
        this.text = text;
        this.out = out;
        this.charset = charset;
        this.crlf = text.lineEnd().equals("\r\n");
    }

    /**
     * Creates the part's file (it must not exist yet) with {@code files} and a writer for it in {@code charset}
     * (text the charset cannot encode fails the write instead of becoming {@code ?}); {@code part} names it in
     * messages, and {@code onComplete} receives its column names (null without tables) when it was written and
     * closed successfully.
     */
    static CsvPartWriter create(Path file, String part, OutputFiles files, CsvText text, Charset charset,
                                Consumer<List<String>> onComplete) throws IOException {
        OutputStream out = files.create(file);
        Writer encoded = new OutputStreamWriter(new BufferedOutputStream(out, FILE_BUFFER_BYTES),
                charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new CsvPartWriter(part, onComplete, text, encoded, charset);
    }

    /** {@code text} in {@code charset}; text the charset cannot hold is an error naming {@code target}. */
    static byte[] encode(String text, Charset charset, Path target) throws IOException {
        try {
            ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException(target + ": the header holds text that " + charset.name() + " cannot encode;"
                    + " write it with encoding: UTF-8", e);
        }
    }

    @Override
    public void write(Table table) throws IOException {
        if (closed) {
            throw new IOException(part + " is already closed");
        }
        if (failed) {
            throw new IOException(part + " failed earlier; it cannot take more rows");
        }
        List<String> names = table.columnNames();
        if (header == null) {
            header = List.copyOf(names);
        } else if (!header.equals(names)) {
            throw new IOException(part + ": a table has columns " + names + " but the part's first table has "
                    + header + "; every table of a part must have the same columns");
        }
        List<Column> columns = table.columns();
        FieldPrinter[] printers = new FieldPrinter[columns.size()];
        for (int c = 0; c < printers.length; c++) {
            printers[c] = new FieldPrinter(columns.get(c), text);
        }
        failed = true;
        writeRows(printers, table.rowCount());
        failed = false;
    }

    private void writeRows(FieldPrinter[] printers, int rows) throws IOException {
        StringBuilder b = block;
        char delimiter = text.delimiter();
        int last = printers.length - 1;
        if (last < 0) {
            return;
        }
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c < last; c++) {
                printers[c].print(b, row);
                b.append(delimiter);
            }
            printers[last].print(b, row);
            if (crlf) {
                b.append('\r');
            }
            b.append('\n');
            if (b.length() >= BLOCK_CHARS) {
                drain();
            }
        }
    }

    private void drain() throws IOException {
        int n = block.length();
        char[] buffer = n <= chars.length ? chars : new char[n];
        block.getChars(0, n, buffer, 0);
        try {
            out.write(buffer, 0, n);
        } catch (CharacterCodingException e) {
            throw new IOException(part + ": holds text that " + charset.name() + " cannot encode; write it with"
                    + " encoding: UTF-8", e);
        }
        block.setLength(0);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        boolean written = false;
        try {
            if (!failed) {
                drain();
            }
            written = true;
        } finally {
            if (written) {
                out.close();
            } else {
                closeQuietly();
            }
        }
        if (!failed) {
            onComplete.accept(header);
        }
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the first failure is the one reported
        }
    }
}
