package io.sluice.core.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Creates the files a run writes into staging (parts, the published copy). Sinks open their part files through
 * it, so that one place decides how output reaches the disk; tests substitute one that fails like a full disk.
 *
 * <pre>{@code try (OutputStream out = staging.files().create(staging.parts().start(3, ".csv"))) { ... }}</pre>
 */
@FunctionalInterface
public interface OutputFiles {

    /** Creates {@code file}, which must not exist, for writing (unbuffered). */
    OutputStream create(Path file) throws IOException;

    /** Files on the disk, with default permissions. */
    static OutputFiles disk() {
        return file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
