package io.sluice.scheduler;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One input file as seen when a run selected it: a changed size or modification time makes it a new input.
 *
 * <pre>{@code new InputFile(Path.of("incoming/a.nc"), 1024, Instant.parse("2026-01-01T00:00:00Z"))}</pre>
 *
 * @param path absolute path
 * @param size bytes
 * @param modified last modification time
 */
public record InputFile(Path path, long size, Instant modified) {

    /** The file name without its last extension: {@code tas_2001} for {@code tas_2001.nc}. */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
