package io.sluice.parquet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one part (one chunk) wrote in staging: its files in write order, each with the partition directory it
 * belongs to (empty for one-file output), and whether its writer closed after successful writes. Written by the
 * part's thread, read by the committing thread after the part is closed.
 */
final class StagedPart {
    /** One file of the part and the partition directory (relative, such as {@code year=2001}) it goes to. */
    record Piece(String directory, StagedFile file) {
    }

    private final int index;
    private final List<Piece> pieces = new ArrayList<>();
    private volatile boolean closed;

    StagedPart(int index) {
        this.index = index;
    }

    int index() {
        return index;
    }

    synchronized void add(String directory, StagedFile file) {
        pieces.add(new Piece(directory, file));
    }

    synchronized List<Piece> pieces() {
        return List.copyOf(pieces);
    }

    /** The staged name of the part's {@code n}-th file: {@code chunk-00003-0.parquet}. */
    String fileName(int n) {
        return String.format("chunk-%05d-%d.parquet", index, n);
    }

    boolean closed() {
        return closed;
    }

    void complete() {
        closed = true;
    }

    @Override
    public String toString() {
        return "part " + index;
    }

    static Path resolve(Path root, String directory) {
        return directory.isEmpty() ? root : root.resolve(directory);
    }
}
