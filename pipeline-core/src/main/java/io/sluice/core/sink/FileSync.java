package io.sluice.core.sink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flushes written files and directory entries to the disk, so that what a run published, or recorded as done,
 * survives a crash of the machine as well as of the process.
 *
 * <pre>{@code FileSync.file(part); FileSync.directory(part.getParent());}</pre>
 */
public final class FileSync {
    private FileSync() {
    }

    /** Forces {@code file}'s content and size to the disk. */
    public static void file(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces {@code directory}'s entries (a rename, a new file) to the disk; some platforms (Windows) cannot open a
     * directory, and there this does nothing.
     */
    public static void directory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename or creation is done; only its durability across a power cut is not guaranteed here
        }
    }
}
