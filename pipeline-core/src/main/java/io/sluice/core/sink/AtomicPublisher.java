package io.sluice.core.sink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes a file made of a first block of bytes followed by other files, all or nothing: everything is
 * copied into a temporary file in the target's directory, flushed to the disk, then moved over the target in
 * one atomic rename (or, where the file system cannot, a plain replace), and the directory entry is flushed.
 * Readers see the old file or the new one, never a mix. A publish that fails removes its temporary file.
 * A file already complete in staging (written by a format library) is published with {@link #publish(Path)}.
 *
 * <pre>{@code
 * new AtomicPublisher(target, true).publish(header, List.of(part0, part1));   // concatenated
 * new AtomicPublisher(target, true).publish(stagedFile);                      // moved as it is
 * }</pre>
 */
public final class AtomicPublisher {
    private final Path target;
    private final boolean overwrite;

    /** A publisher to {@code target}; with {@code overwrite} false, a target that exists makes it fail. */
    public AtomicPublisher(Path target, boolean overwrite) {
        this.target = target;
        this.overwrite = overwrite;
    }

    /** Writes {@code head} then every file of {@code pieces}, in order, to the target; returns its size. */
    public long publish(byte[] head, List<Path> pieces) throws IOException {
        Path temp = temporary();
        try {
            long size = copy(head, pieces, temp);
            return place(temp, size);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Publishes a complete file written in staging on the target's file system: flushes it to the disk and
     * moves it over the target; returns its size. The staged file is gone afterwards.
     */
    public long publish(Path complete) throws IOException {
        long size;
        try (FileChannel file = FileChannel.open(complete, StandardOpenOption.WRITE)) {
            file.force(true);
            size = file.size();
        }
        return place(complete, size);
    }

    private Path temporary() {
        return target.getParent().resolve("." + target.getFileName() + ".publish-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    }

    private long place(Path temp, long size) throws IOException {
        Path directory = target.getParent();
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "appeared during the run and overwrite is false; remove it or set overwrite: true");
        }
        move(temp, target);
        syncDirectory(directory);
        return size;
    }

    private static long copy(byte[] head, List<Path> pieces, Path temp) throws IOException {
        // CREATE_NEW with default permissions, unlike Files.createTempFile, which makes the file owner-only.
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer first = ByteBuffer.wrap(head);
            while (first.hasRemaining()) {
                out.write(first);
            }
            for (Path piece : pieces) {
                try (FileChannel in = FileChannel.open(piece, StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long done = 0; done < size; ) {
                        long n = in.transferTo(done, size - done, out);
                        if (n <= 0) {
                            throw new IOException(piece + ": shrank while being copied; expected " + size + " bytes");
                        }
                        done += n;
                    }
                }
            }
            out.force(true);
            return out.size();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes the directory entry of the renamed file; some platforms (Windows) cannot open a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename itself is done; only its durability across a power cut is not guaranteed here.
        }
    }
}
