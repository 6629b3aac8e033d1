package io.sluice.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Moves a finished file or directory from staging to the target in one rename on the same file system. A file
 * replaces the old one atomically. A directory cannot be renamed over a non-empty one, so the old directory is
 * first renamed aside ({@code .<name>.replaced-<random>}), the new one renamed in, and the old one deleted: readers
 * see the old tree or the new one, and for the instant between the two renames, none. If the second rename fails
 * the old tree is put back.
 */
final class Publication {
    private Publication() {
    }

    /** Moves the file {@code staged} to {@code target}, replacing it when {@code overwrite}. */
    static void file(Path staged, Path target, boolean overwrite) throws IOException {
        refuseExisting(target, overwrite);
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.getParent());
    }

    /** Moves the directory {@code staged} to {@code target}, replacing the old tree when {@code overwrite}. */
    static void directory(Path staged, Path target, boolean overwrite) throws IOException {
        refuseExisting(target, overwrite);
        Path aside = null;
        if (Files.exists(target)) {
            aside = target.resolveSibling("." + target.getFileName() + ".replaced-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (aside != null) {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        syncDirectory(target.getParent());
        if (aside != null) {
            StagingArea.deleteTree(aside);
        }
    }

    /** Flushes {@code file}'s content to the disk. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void refuseExisting(Path target, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "appeared during the run and overwrite is false; remove it or set overwrite: true");
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
