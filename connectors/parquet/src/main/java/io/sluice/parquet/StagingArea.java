package io.sluice.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder beside the target where a run's files are written, {@code .<name>.staging-<random>} in the
 * target's directory, so that publishing is a rename on one file system. (The same idea as the CSV sink's
 * staging folder; kept here until the two move into core.)
 */
final class StagingArea {
    private final Path folder;

    private StagingArea(Path folder) {
        this.folder = folder;
    }

    /** Creates a fresh staging folder beside {@code target} (whose directory must exist). */
    static StagingArea beside(Path target) throws IOException {
        String name = target.getFileName().toString();
        return new StagingArea(Files.createTempDirectory(target.getParent(), "." + name + ".staging-"));
    }

    Path path() {
        return folder;
    }

    /** Deletes the folder and everything in it; retries, since a worker may still be creating a file. */
    void delete() throws IOException {
        deleteTree(folder);
    }

    /** Deletes {@code root} and everything in it, if it exists. */
    static void deleteTree(Path root) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(root);
                return;
            } catch (DirectoryNotEmptyException | UncheckedIOException e) {
                if (attempt == 3) {
                    throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                }
            }
        }
    }

    private static void deleteOnce(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
