package io.sluice.core.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What identifies an input file cheaply: its path, size, modification time and the CRC32C of its first and last
 * MiB. A resumed run refuses to go on when any of these changed since the interrupted run.
 *
 * <pre>{@code InputFingerprint f = InputFingerprint.of(Path.of("data/tas.nc"));}</pre>
 *
 * @param file the absolute path
 * @param size bytes
 * @param modifiedMillis last modification, milliseconds since the epoch
 * @param sampleCrc32c CRC32C of the first and last MiB
 */
public record InputFingerprint(String file, long size, long modifiedMillis, long sampleCrc32c) {
    private static final int SAMPLE = 1 << 20;

    /** Fingerprints {@code file}. */
    public static InputFingerprint of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        long size = Files.size(absolute);
        long modified = Files.getLastModifiedTime(absolute).toMillis();
        return new InputFingerprint(absolute.toString(), size, modified, FileChecksum.sample(absolute, size, SAMPLE));
    }

    /** How this fingerprint differs from {@code earlier}, for a message; empty when they are the same. */
    String differenceFrom(InputFingerprint earlier) {
        if (size != earlier.size) {
            return file + " changed size (" + earlier.size + " -> " + size + " bytes)";
        }
        if (sampleCrc32c != earlier.sampleCrc32c) {
            return file + " changed content";
        }
        if (modifiedMillis != earlier.modifiedMillis) {
            return file + " was modified";
        }
        return "";
    }
}
