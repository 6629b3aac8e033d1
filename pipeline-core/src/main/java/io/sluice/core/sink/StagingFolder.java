package io.sluice.core.sink;

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
 *
 * <pre>{@code
 * StagingFolder staging = StagingFolder.beside(target);
 * Path part = staging.partFile(3);        // part-000003.csv for target tas.csv
 * staging.delete();
 * }</pre>
 */
public final class StagingFolder {
    private final Path folder;
    private final String extension;

    private StagingFolder(Path folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** Creates a fresh staging folder beside {@code target} (whose directory must exist). */
    public static StagingFolder beside(Path target) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new StagingFolder(Files.createTempDirectory(target.getParent(), "." + name + ".staging-"),
                dot > 0 ? name.substring(dot) : "");
    }

    /** The folder. */
    public Path path() {
        return folder;
    }

    /** The file of part {@code index}, with the target's extension: {@code part-000003.csv}. */
    public Path partFile(int index) {
        return folder.resolve(String.format("part-%06d", index) + extension);
    }

    /**
     * Deletes the folder and everything in it. Retries a few times, since a worker may still be creating a
     * part while a failed run is cleaned up.
     */
    public void delete() throws IOException {
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
