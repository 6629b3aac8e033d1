package io.sluice.parquet;

import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.OutputFiles;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Parquet file, or a Hive-partitioned directory of them, as a pipeline's output; each run writes into the
 * target's {@link StagingDirectory} beside it, kept when a run fails after completing chunks so that it can be
 * resumed.
 */
final class ParquetFileSink implements Sink {
    private static final Logger LOG = LoggerFactory.getLogger(ParquetFileSink.class);
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
        return begin(StagingMode.FRESH);
    }

    /**
     * As {@link #begin()}, starting staging afresh or keeping an interrupted run's parts for resume; for a
     * partitioned target, first finishes what a run stopped while replacing the tree left
     * ({@link AtomicPublisher#recoverDirectory}).
     */
    @Override
    public SinkSession begin(StagingMode mode) throws IOException {
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
        if (!settings.partitioned()) {
            return new StagedParquetSession(settings, StagingDirectory.open(target, mode, OutputFiles.disk()));
        }
        StagingDirectory staging = StagingDirectory.openForDirectory(target, mode, OutputFiles.disk());
        try {
            String recovered = AtomicPublisher.recoverDirectory(target);
            if (!recovered.isEmpty()) {
                LOG.warn(recovered);
            }
            return new StagedParquetSession(settings, staging);
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
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
