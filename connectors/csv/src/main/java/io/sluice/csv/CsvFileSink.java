package io.sluice.csv;

import io.sluice.core.sink.OutputFiles;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file as a pipeline's output; each run writes parts into the target's staging directory beside it
 * ({@link StagingDirectory}), kept when a run fails after completing chunks so that it can be resumed.
 */
final class CsvFileSink implements Sink {
    private final CsvSettings settings;
    private final OutputFiles files;

    CsvFileSink(CsvSettings settings) {
        this(settings, OutputFiles.disk());
    }

    /** A sink creating its staged files with {@code files} (tests pass one that fails like a full disk). */
    CsvFileSink(CsvSettings settings, OutputFiles files) {
        this.settings = settings;
        this.files = files;
    }

    CsvSettings settings() {
        return settings;
    }

    /**
     * Creates the target's directory when missing and opens the staging folder beside the target. Fails at once,
     * before any data is read, when the target is a directory, or exists while {@code overwrite} is false.
     */
    @Override
    public SinkSession begin() throws IOException {
        return begin(StagingMode.FRESH);
    }

    /** As {@link #begin()}, starting staging afresh or keeping an interrupted run's parts for resume. */
    @Override
    public SinkSession begin(StagingMode mode) throws IOException {
        Path target = settings.target();
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": is a directory; expected the path of a CSV file to write");
        }
        if (!settings.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists and overwrite is false; remove it or set overwrite: true");
        }
        return new StagedCsvSession(settings, StagingDirectory.open(target, mode, files));
    }

    @Override
    public String target() {
        return settings.target().toString();
    }

    @Override
    public String toString() {
        return "csv sink " + target();
    }
}
