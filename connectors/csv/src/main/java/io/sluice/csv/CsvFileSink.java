package io.sluice.csv;

import io.sluice.core.sink.StagingFolder;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file as a pipeline's output; each run writes parts into a fresh staging folder beside it. */
final class CsvFileSink implements Sink {
    private final CsvSettings settings;

    CsvFileSink(CsvSettings settings) {
        this.settings = settings;
    }

    CsvSettings settings() {
        return settings;
    }

    /**
     * Creates the target's directory when missing and a staging folder beside the target. Fails at once,
     * before any data is read, when the target is a directory, or exists while {@code overwrite} is false.
     */
    @Override
    public SinkSession begin() throws IOException {
        Path target = settings.target();
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": is a directory; expected the path of a CSV file to write");
        }
        if (!settings.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists and overwrite is false; remove it or set overwrite: true");
        }
        return new StagedCsvSession(settings, StagingFolder.beside(target));
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
