package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordLog;
import io.sluice.core.data.Batch;
import io.sluice.core.plan.Chunk;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.ChunkData;
import io.sluice.core.spi.ChunkTransform;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The blocks of one chunk as the table stages and statistics receive them: the source's slice, passed through the
 * pipeline's {@link ChunkTransform}s in order. Each transform gets a scratch folder of its own under
 * {@code scratch/} in the run's staging folder; closing the reader removes them, whether the chunk succeeded or
 * not, so that parallel chunks and retried attempts never share or leave files.
 */
final class ChunkReader implements BatchReader {
    /** The folder in staging that holds the scratch folders of the chunks being transformed. */
    static final String SCRATCH = "scratch";

    private final BatchReader reader;
    private final Path scratch;

    private ChunkReader(BatchReader reader, Path scratch) {
        this.reader = reader;
        this.scratch = scratch;
    }

    /**
     * Opens the chunk's slice and applies every transform; the transforms run here, so a failing command fails
     * this call, after its files are removed.
     */
    static BatchReader open(Source source, List<ChunkTransform> transforms, Chunk chunk, RunContext context,
                            Path staging, long maxBatchBytes, BadRecordLog badRecords) throws IOException {
        BatchReader reader = badRecords == null ? source.open(chunk, maxBatchBytes)
                : source.open(chunk, maxBatchBytes, badRecords);
        if (transforms.isEmpty()) {
            return reader;
        }
        Path scratch = null;
        try {
            Path parent = scratchParent(staging);
            scratch = Files.createTempDirectory(parent, chunk.key().replaceAll("[^A-Za-z0-9_.-]", "_") + "-");
            for (int i = 0; i < transforms.size(); i++) {
                Path folder = Files.createDirectory(scratch.resolve("stage-" + i));
                BatchReader input = reader;
                reader = null; // the transform closes its input, also when it fails
                reader = transforms.get(i).apply(new ChunkData(chunk, input, context, folder, maxBatchBytes,
                        source.inputFiles()));
            }
            return new ChunkReader(reader, scratch);
        } catch (IOException | RuntimeException | Error e) {
            if (reader != null) {
                closeQuietly(reader, e);
            }
            deleteQuietly(scratch, e);
            throw e;
        }
    }

    /**
     * {@code <staging>/scratch}, created if needed; never the staging folder itself, which is gone only when the
     * run was aborted (failed or stopped): then the chunk stops rather than leave a new folder behind.
     */
    private static Path scratchParent(Path staging) throws IOException {
        Path parent = staging.resolve(SCRATCH);
        try {
            return Files.createDirectory(parent);
        } catch (FileAlreadyExistsException exists) {
            return parent;
        } catch (NoSuchFileException gone) {
            throw new RunFailedException("stopped: the run was interrupted (its staging folder " + staging
                    + " is gone)", gone);
        }
    }

    @Override
    public Batch next() throws IOException {
        return reader.next();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            delete(scratch);
        }
    }

    private static void closeQuietly(BatchReader reader, Throwable failure) {
        try {
            reader.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteQuietly(Path folder, Throwable failure) {
        try {
            delete(folder);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
