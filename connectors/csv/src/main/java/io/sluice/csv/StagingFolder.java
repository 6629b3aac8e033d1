package io.sluice.csv;

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
 * The folder beside the target where a run's parts are written: {@code .<name>.staging-<random>} in the
 * target's directory, so that publishing never crosses a file system.
 */
final class StagingFolder {
    private final Path folder;

    private StagingFolder(Path folder) {
        this.folder = folder;
    }

    /** Creates a fresh staging folder beside {@code target} (whose directory must exist). */
    static StagingFolder beside(Path target) throws IOException {
        String name = target.getFileName().toString();
        return new StagingFolder(Files.createTempDirectory(target.getParent(), "." + name + ".staging-"));
    }

    Path path() {
        return folder;
    }

    /** The file of part {@code index}: {@code part-000003.csv}. */
    Path partFile(int index) {
        return folder.resolve(String.format("part-%06d.csv", index));
    }

    /**
     * Deletes the folder and everything in it. Retries a few times, since a worker may still be creating a
     * part while a failed run is cleaned up.
     */
    void delete() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce();
                return;
            } catch (DirectoryNotEmptyException | UncheckedIOException e) {
                if (attempt == 3) {
                    throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                }
            }
        }
    }

    private void deleteOnce() throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
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
