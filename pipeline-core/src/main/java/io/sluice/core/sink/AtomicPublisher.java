package io.sluice.core.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Publishes a file made of a first block of bytes followed by other files, all or nothing: everything is copied
 * into a file in staging (beside the target, so on the same file system), flushed to the disk, then moved over
 * the target in one atomic rename, and the directory entry is flushed. Readers see the old file or the new one,
 * never a mix. A publish that fails removes its copy and leaves the target as it was.
 *
 * <pre>{@code
 * long bytes = new AtomicPublisher(target, true, staging.publishFile(), staging.files())
 *         .publish(header, List.of(part0, part1));
 * }</pre>
 */
public final class AtomicPublisher {
    private static final int BUFFER = 1 << 20;
    private final Path target;
    private final boolean overwrite;
    private final Path copy;
    private final OutputFiles files;

    /**
     * A publisher of {@code target}; {@code copy} is where the whole file is assembled first (in staging) and
     * {@code files} creates it. When {@code overwrite} is false an existing target fails the publish.
     */
    public AtomicPublisher(Path target, boolean overwrite, Path copy, OutputFiles files) {
        this.target = target.toAbsolutePath().normalize();
        this.overwrite = overwrite;
        this.copy = copy;
        this.files = files;
    }

    /** Writes {@code head} then every file of {@code pieces}, in order, to the target; returns its size. */
    public long publish(byte[] head, List<Path> pieces) throws IOException {
        Files.deleteIfExists(copy);
        try {
            long size = assemble(head, pieces);
            FileSync.file(copy);
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "appeared during the run and overwrite is false; remove it or set overwrite: true");
            }
            move(copy, target);
            FileSync.directory(target.getParent());
            return size;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Publishes {@code complete}, a finished file in staging beside the target (as a NetCDF writer leaves it):
     * flushes it to the disk and moves it over the target in one atomic rename; returns its size. When
     * {@code overwrite} is false an existing target fails the publish and the file stays in staging.
     */
    public static long publishFile(Path complete, Path target, boolean overwrite) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        FileSync.file(complete);
        long size = Files.size(complete);
        if (!overwrite && Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString(), null,
                    "appeared during the run and overwrite is false; remove it or set overwrite: true");
        }
        move(complete, to);
        FileSync.directory(to.getParent());
        return size;
    }

    private long assemble(byte[] head, List<Path> pieces) throws IOException {
        long size = head.length;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = files.create(copy)) {
            out.write(head);
            for (Path piece : pieces) {
                long expected = Files.size(piece);
                long copied = 0;
                try (InputStream in = Files.newInputStream(piece)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        out.write(buffer, 0, n);
                        copied += n;
                    }
                }
                if (copied != expected) {
                    throw new IOException(piece + ": changed while being copied; expected " + expected + " bytes, read "
                            + copied);
                }
                size += copied;
            }
        }
        return size;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
