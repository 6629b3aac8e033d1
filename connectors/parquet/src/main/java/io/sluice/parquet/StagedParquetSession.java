package io.sluice.parquet;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.FileChecksum;
import io.sluice.core.sink.SafePaths;
import io.sluice.core.sink.StagedPart;
import io.sluice.core.sink.SessionLifecycle;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.parquet.schema.MessageType;

/**
 * One run's Parquet output in the target's {@link StagingDirectory}. Every part (chunk) writes its files
 * ("pieces") into {@code pieces/} in staging, in parallel, and on closing its {@link PieceIndex}, the part's file
 * the run's manifest checksums; a retried chunk's earlier pieces are deleted, and a resumed run publishes the
 * pieces an interrupted run completed after checking their sizes and checksums. The commit checks that all parts
 * are complete and share their columns, then, in part order:
 * <ul>
 *   <li>one file: concatenates the pieces' row groups into one file and renames it over the target;</li>
 *   <li>partitioned: links each piece into a tree in staging as {@code part-00000.parquet},
 *   {@code part-00001...} per partition directory, in part order, and publishes the tree with
 *   {@link AtomicPublisher#publishDirectory}.</li>
 * </ul>
 * The output is therefore the same whatever the parallelism. Abort leaves the target alone.
 */
final class StagedParquetSession implements SinkSession {

    private static final String INDEX_SUFFIX = ".pieces";

    private final ParquetSinkSettings settings;
    private final StagingDirectory staging;
    private final Path pieces;
    private final Set<Integer> writtenHere = ConcurrentHashMap.newKeySet();
    private final SessionLifecycle lifecycle;

    StagedParquetSession(ParquetSinkSettings settings, StagingDirectory staging) throws IOException {
        this.settings = settings;
        this.staging = staging;
        this.pieces = Files.createDirectories(staging.folder().resolve("pieces"));
        this.lifecycle = new SessionLifecycle(String.valueOf(settings.target()), staging);
    }

    @Override
    public Optional<StagingDirectory> staging() {
        return Optional.of(staging);
    }

    @Override
    public PartWriter part(int index) throws IOException {
        Path indexFile = lifecycle.startPart(index, () -> register(index));
        return new ParquetPartWriter(new PartPieces(index), pieces, settings, part -> {
            List<PieceIndex.Entry> entries = new ArrayList<>();
            for (PartPieces.Piece p : part.pieces()) {
                Path file = p.file().file();
                entries.add(new PieceIndex.Entry(p.directory(), file.getFileName().toString(), Files.size(file),
                        FileChecksum.crc32c(file), p.file().describeColumns()));
            }
            PieceIndex.write(indexFile, entries, staging.files());
            staging.parts().complete(index, Map.of());
        });
    }

    /** Starts a part, deleting an earlier attempt's pieces; called under the lifecycle's lock. */
    private Path register(int index) throws IOException {
        Path indexFile = staging.parts().start(index, INDEX_SUFFIX);
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(pieces, PartPieces.prefix(index) + "*")) {
            for (Path p : earlier) {
                Files.deleteIfExists(p);
            }
        }
        writtenHere.add(index);
        return indexFile;
    }

    @Override
    public long commit() throws IOException {
        return lifecycle.commit(() -> {
            List<PieceIndex.Entry> all = completePieces();
            long bytes = settings.partitioned() ? publishTree(all) : publishFile(all);
            return bytes;
        });
    }

    /** Every piece of every part in part order, after checking parts are complete, intact and agree on columns. */
    private List<PieceIndex.Entry> completePieces() throws IOException {
        List<PieceIndex.Entry> all = new ArrayList<>();
        PieceIndex.Entry first = null;
        for (StagedPart p : staging.parts().seal()) {
            if (!p.complete()) {
                throw new IOException(settings.target() + ": " + p + " was not completed (still open or its"
                        + " writing failed); every part must be closed after a successful write before commit");
            }
            for (PieceIndex.Entry piece : PieceIndex.read(p.file())) {
                check(p, piece);
                if (first == null) {
                    first = piece;
                } else if (!first.columns().equals(piece.columns())) {
                    throw new IOException(settings.target() + ": " + p + " has columns " + piece.columns()
                            + " but the first part has " + first.columns() + "; every part must have the same columns");
                }
                all.add(piece);
            }
        }
        return all;
    }

    /** Checks a piece's size, and for a piece an interrupted run wrote, its checksum. */
    private void check(StagedPart part, PieceIndex.Entry piece) throws IOException {
        Path file = SafePaths.inside(pieces, piece.name());
        boolean intact = Files.isRegularFile(file) && Files.size(file) == piece.size()
                && (writtenHere.contains(part.index()) || FileChecksum.crc32c(file) == piece.crc32c());
        if (!intact) {
            throw new IOException(settings.target() + ": " + part + "'s staged file " + file + " is missing or"
                    + " changed since it was written; run again without --resume");
        }
    }

    private long publishFile(List<PieceIndex.Entry> all) throws IOException {
        List<Path> files = new ArrayList<>(all.size());
        for (PieceIndex.Entry e : all) {
            files.add(SafePaths.inside(pieces, e.name()));
        }
        Path merged = staging.publishFile();
        Files.deleteIfExists(merged);
        RowGroupMerger.merge(files, merged, new MessageType("schema"));
        return AtomicPublisher.publishFile(merged, settings.target(), settings.overwrite());
    }

    private long publishTree(List<PieceIndex.Entry> all) throws IOException {
        Path tree = staging.folder().resolve("tree");
        deleteTree(tree);
        Files.createDirectories(tree);
        Map<String, Integer> counts = new HashMap<>();
        for (PieceIndex.Entry piece : all) {
            int n = counts.merge(piece.directory(), 1, Integer::sum) - 1;
            Path folder = Files.createDirectories(SafePaths.inside(tree, piece.directory().split("/")));
            Path named = SafePaths.inside(folder, String.format("part-%05d.parquet", n));
            link(SafePaths.inside(pieces, piece.name()), named);
        }
        return AtomicPublisher.publishDirectory(tree, settings.target(), settings.overwrite());
    }

    /** Links {@code named} to the staged piece (so a failed publish keeps the pieces for resume), or copies it. */
    private static void link(Path piece, Path named) throws IOException {
        try {
            Files.createLink(named, piece);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(piece, named);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Ends a failed run: staging is removed, or kept with its completed parts when the runner recorded them for
     * resume; the target is left as it was.
     */
    @Override
    public void abort() {
        lifecycle.abort();
    }

}
