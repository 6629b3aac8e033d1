package io.sluice.parquet;

import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.parquet.schema.MessageType;

/**
 * One run's Parquet output. Every part (chunk) writes its own files into the staging folder, in parallel. The
 * commit checks that all parts are complete and share their columns, then, in part order:
 * <ul>
 *   <li>one file: concatenates the parts' row groups into one file and renames it over the target;</li>
 *   <li>partitioned: names each partition directory's files {@code part-00000.parquet}, {@code part-00001...}
 *   in part order and renames the whole tree over the target directory.</li>
 * </ul>
 * The output is therefore the same whatever the parallelism. Abort deletes staging and leaves the target alone.
 */
final class StagedParquetSession implements SinkSession {
    private enum State { OPEN, COMMITTING, COMMITTED, FAILED, ABORTED }

    private static final System.Logger LOG = System.getLogger(StagedParquetSession.class.getName());

    private final ParquetSinkSettings settings;
    private final StagingArea staging;
    private final Path root;
    private final ConcurrentSkipListMap<Integer, StagedPart> parts = new ConcurrentSkipListMap<>();
    private volatile State state = State.OPEN;

    StagedParquetSession(ParquetSinkSettings settings, StagingArea staging) throws IOException {
        this.settings = settings;
        this.staging = staging;
        this.root = settings.partitioned() ? staging.path().resolve("tree") : staging.path().resolve("parts");
        Files.createDirectories(root);
    }

    @Override
    public PartWriter part(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("part index must not be negative: " + index);
        }
        return new ParquetPartWriter(register(index), root, settings);
    }

    private synchronized StagedPart register(int index) {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot write part " + index + ": the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        StagedPart part = new StagedPart(index);
        if (parts.putIfAbsent(index, part) != null) {
            throw new IllegalStateException(settings.target() + ": part " + index + " was already written");
        }
        return part;
    }

    @Override
    public synchronized long commit() throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException(settings.target() + ": cannot commit: the session is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        state = State.COMMITTING;
        try {
            List<StagedPart.Piece> pieces = completePieces();
            long bytes = settings.partitioned() ? publishTree(pieces) : publishFile(pieces);
            state = State.COMMITTED;
            deleteStaging();
            return bytes;
        } finally {
            if (state == State.COMMITTING) {
                state = State.FAILED;
            }
        }
    }

    /** Every file of every part in part order, after checking that parts are complete and agree on columns. */
    private List<StagedPart.Piece> completePieces() throws IOException {
        List<StagedPart.Piece> all = new ArrayList<>();
        StagedPart.Piece first = null;
        for (StagedPart p : parts.values()) {
            if (!p.closed()) {
                throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                        + " writing failed); every part must be closed after a successful write before commit");
            }
            for (StagedPart.Piece piece : p.pieces()) {
                if (first == null) {
                    first = piece;
                } else if (!first.file().describeColumns().equals(piece.file().describeColumns())) {
                    throw new IOException(settings.target() + ": " + p + " has columns "
                            + piece.file().describeColumns() + " but the first part has "
                            + first.file().describeColumns() + "; every part must have the same columns");
                }
                all.add(piece);
            }
        }
        return all;
    }

    private long publishFile(List<StagedPart.Piece> pieces) throws IOException {
        List<Path> files = new ArrayList<>(pieces.size());
        pieces.forEach(p -> files.add(p.file().file()));
        Path merged = staging.path().resolve("merged.parquet");
        long bytes = RowGroupMerger.merge(files, merged, new MessageType("schema"));
        Publication.file(merged, settings.target(), settings.overwrite());
        return bytes;
    }

    private long publishTree(List<StagedPart.Piece> pieces) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        long bytes = 0;
        for (StagedPart.Piece piece : pieces) {
            int n = counts.merge(piece.directory(), 1, Integer::sum) - 1;
            Path staged = piece.file().file();
            Path named = staged.resolveSibling(String.format("part-%05d.parquet", n));
            Files.move(staged, named);
            Publication.sync(named);
            bytes += Files.size(named);
        }
        Publication.directory(root, settings.target(), settings.overwrite());
        return bytes;
    }

    @Override
    public synchronized void abort() {
        if (state == State.COMMITTED || state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        deleteStaging();
    }

    private void deleteStaging() {
        try {
            staging.delete();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove staging folder {0}: {1}; remove it by hand",
                    staging, e.getMessage());
        }
    }
}
