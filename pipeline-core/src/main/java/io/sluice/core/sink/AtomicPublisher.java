package io.sluice.core.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
    private static final String REPLACED = ".sluice-replaced";
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

    /**
     * Publishes {@code tree}, a finished directory in staging beside the target: a directory cannot be renamed
     * over a non-empty one, so the old directory is first renamed aside to {@code .<name>.sluice-replaced}, the
     * new one renamed in, the directory entry flushed and the old tree deleted. Readers see the old tree or the
     * new one, and, for the instant between the two renames, none; if the second rename fails the old tree is put
     * back. A crash between the two renames leaves the old tree aside, which {@link #recoverDirectory} (called by
     * the next run before it writes) puts back. Returns the bytes of the files in {@code tree}.
     */
    public static long publishDirectory(Path tree, Path target, boolean overwrite) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        long size = syncTree(tree);
        if (!overwrite && Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString(), null,
                    "appeared during the run and overwrite is false; remove it or set overwrite: true");
        }
        Path aside = SafePaths.beside(to, REPLACED);
        deleteTree(aside);
        boolean replacing = Files.exists(to);
        if (replacing) {
            Files.move(to, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(tree, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (replacing) {
                Files.move(aside, to, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        FileSync.directory(to.getParent());
        deleteTree(aside);
        return size;
    }

    /**
     * Finishes what a run that stopped inside {@link #publishDirectory} left: when the old tree is aside and the
     * target is missing (stopped between the two renames) the old tree is put back; when both exist (stopped
     * before deleting the old tree) the old tree is deleted. Returns what it did, or an empty string.
     */
    public static String recoverDirectory(Path target) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        Path aside = SafePaths.beside(to, REPLACED);
        if (!Files.exists(aside)) {
            return "";
        }
        if (Files.exists(to)) {
            deleteTree(aside);
            return "removed the previous output " + aside.getFileName() + " that a stopped run left beside " + to;
        }
        Files.move(aside, to, StandardCopyOption.ATOMIC_MOVE);
        FileSync.directory(to.getParent());
        return "put back the previous output " + to + " that a run stopped while replacing it";
    }

    private static long syncTree(Path tree) throws IOException {
        long size = 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(tree)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                FileSync.file(p);
                size += Files.size(p);
            } else {
                FileSync.directory(p);
            }
        }
        return size;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
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
