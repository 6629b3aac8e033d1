package io.sluice.parquet;

import io.sluice.core.sink.StagedParts;
import java.util.ArrayList;
import java.util.List;

/**
 * What one part (one chunk) writes in staging: its Parquet files ("pieces") in write order, each with the
 * partition directory it belongs to (empty for one-file output), and whether its writer closed after successful
 * writes. Written by the part's thread, read by the session when the part closes.
 *
 * <pre>{@code new PartPieces(3).fileName(0)   // "part-000003-0.parquet"}</pre>
 */
final class PartPieces {
    /** One file of the part and the partition directory (relative, such as {@code year=2001}) it goes to. */
    record Piece(String directory, StagedFile file) {
    }

    private final int index;
    private final List<Piece> pieces = new ArrayList<>();
    private volatile boolean closed;

    PartPieces(int index) {
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

    /** The staged name of the part's {@code n}-th file. */
    String fileName(int n) {
        return prefix(index) + n + ".parquet";
    }

    /** The start of the names of every file of part {@code index}. */
    static String prefix(int index) {
        return StagedParts.fileName(index, "-");
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
}
