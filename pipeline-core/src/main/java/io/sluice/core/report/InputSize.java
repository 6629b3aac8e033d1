package io.sluice.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input file of a run and its size when the run started.
 *
 * <pre>{@code InputSize.of(Path.of("data/tas.nc")).bytes()}</pre>
 *
 * @param path the file
 * @param bytes its size in bytes, or -1 when it could not be read
 */
public record InputSize(String path, long bytes) {

    /** The file and its size now. */
    public static InputSize of(Path file) {
        try {
            return new InputSize(file.toString(), Files.size(file));
        } catch (IOException | SecurityException e) {
            return new InputSize(file.toString(), -1);
        }
    }
}
