package io.sluice.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * One part's file in staging and what its writer reported when it closed: the column names of its tables
 * (null when it received none). Written by the part's thread, read by the committing thread.
 */
final class StagedPart {
    private final int index;
    private final Path file;
    private volatile boolean closed;
    private volatile List<String> header;

    StagedPart(int index, Path file) {
        this.index = index;
        this.file = file;
    }

    int index() {
        return index;
    }

    Path file() {
        return file;
    }

    boolean closed() {
        return closed;
    }

    /** The column names of the part's tables, or null when no table was written. */
    List<String> header() {
        return header;
    }

    void close(List<String> columnNames) {
        this.header = columnNames;
        this.closed = true;
    }

    @Override
    public String toString() {
        return "part " + index;
    }
}
