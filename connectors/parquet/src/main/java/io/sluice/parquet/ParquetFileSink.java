package io.sluice.parquet;

import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Parquet file, or a Hive-partitioned directory of them, as a pipeline's output. */
final class ParquetFileSink implements Sink {
    private final ParquetSinkSettings settings;

    ParquetFileSink(ParquetSinkSettings settings) {
        this.settings = settings;
    }

    ParquetSinkSettings settings() {
        return settings;
    }

    /**
     * Creates the target's parent directory when missing and a staging folder beside the target. Fails at once,
     * before any data is read, when the target has the wrong kind (a directory for one file, a file for a
     * partitioned output) or exists while {@code overwrite} is false.
     */
    @Override
    public SinkSession begin() throws IOException {
        Path target = settings.target();
        Files.createDirectories(target.getParent());
        if (!settings.partitioned() && Files.isDirectory(target)) {
            throw new IOException(target + ": is a directory; expected the path of a Parquet file to write (or set"
                    + " partition-by to write a partitioned directory)");
        }
        if (settings.partitioned() && Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + ": is a file; partitioned output is a directory");
        }
        if (!settings.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists and overwrite is false; remove it or set overwrite: true");
        }
        return new StagedParquetSession(settings, StagingArea.beside(target));
    }

    @Override
    public String target() {
        return settings.target().toString();
    }

    @Override
    public String toString() {
        return "parquet sink " + target();
    }
}
