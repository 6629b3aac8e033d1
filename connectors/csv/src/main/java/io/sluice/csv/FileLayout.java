package io.sluice.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Where one CSV file can be cut into parts: {@code starts[i]} is the byte offset where part {@code i} begins (a
 * record boundary; part 0 begins at 0 with the file's preamble and header), {@code lines[i]} the line number of
 * that byte, and the file's size ends the last part.
 *
 * @param file the file
 * @param charset the encoding the file is read in (its byte order mark's, else the dialect's)
 * @param size the file's size in bytes
 * @param starts first byte of each part, ascending, starting with 0
 * @param lines line number (1-based) at the first byte of each part
 * @param endsWithLineBreak whether the last byte is a line break, so that the last line is counted
 */
record FileLayout(Path file, Charset charset, long size, long[] starts, long[] lines, boolean endsWithLineBreak) {

    /** The end (exclusive) of part {@code i}. */
    long end(int i) {
        return i + 1 < starts.length ? starts[i + 1] : size;
    }

    /** The index of the part starting at byte {@code start}, or -1 if no part starts there. */
    int partAt(long start) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] == start) {
                return i;
            }
        }
        return -1;
    }
}
