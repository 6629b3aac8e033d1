package io.sluice.csv;

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
 */
final class AtomicPublisher {
    private final Path target;
    private final boolean overwrite;

    AtomicPublisher(Path target, boolean overwrite) {
        this.target = target;
        this.overwrite = overwrite;
    }

    /** Writes {@code head} then every file of {@code pieces}, in order, to the target; returns its size. */
    long publish(byte[] head, List<Path> pieces) throws IOException {
        Path directory = target.getParent();
        Path temp = directory.resolve("." + target.getFileName() + ".publish-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            long size = copy(head, pieces, temp);
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "appeared during the run and overwrite is false; remove it or set overwrite: true");
            }
            move(temp, target);
            syncDirectory(directory);
            return size;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
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
