package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.sink.SafePaths;
import io.sluice.core.spi.PartWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the tables of one part (one chunk) to staging. For one output file the part is one Parquet file; for
 * partitioned output a new file starts whenever the partition values change (remembering its partition
 * directory), so that at most one file (one row group in memory) is open per part. A writer whose
 * {@link #write(Table)} failed never reports its part as complete, so a commit cannot publish half a part.
 */
final class ParquetPartWriter implements PartWriter {
    /** What the session does when the part closed after successful writes. */
    @FunctionalInterface
    interface Completion {
        /** Records the completed part. */
        void completed(PartPieces part) throws IOException;
    }

    private final PartPieces part;
    private final Path folder;
    private final ParquetSinkSettings settings;
    private final Completion completion;
    private StagedFile current;
    private String currentDirectory;
    private int files;
    private boolean closed;
    private boolean failed;

    /** A writer of {@code part}'s files into {@code folder}; {@code completion} runs when it closes cleanly. */
    ParquetPartWriter(PartPieces part, Path folder, ParquetSinkSettings settings, Completion completion) {
        this.part = part;
        this.folder = folder;
        this.settings = settings;
        this.completion = completion;
    }

    @Override
    public void write(Table table) throws IOException {
        if (closed || failed) {
            throw new IOException(part + (closed ? " is already closed" : " failed earlier; it cannot take more rows"));
        }
        failed = true;
        if (settings.partitioned()) {
            PartitionRuns runs = PartitionRuns.of(table, settings.partitionBy());
            for (int start = 0, end; start < table.rowCount(); start = end) {
                end = runs.end(start);
                fileFor(runs.directory(start), runs.data()).write(runs.data(), start, end);
            }
        } else {
            fileFor("", table.columns()).write(table.columns(), 0, table.rowCount());
        }
        failed = false;
    }

    private StagedFile fileFor(String directory, List<Column> columns) throws IOException {
        if (current != null && directory.equals(currentDirectory)) {
            if (!current.accepts(columns)) {
                throw new IOException(part + ": a table has columns " + StagedFile.describe(columns)
                        + " but the part's first table has " + current.describeColumns()
                        + "; every table of an output must have the same columns");
            }
            return current;
        }
        if (current != null) {
            current.close();
        }
        current = StagedFile.create(SafePaths.inside(folder, part.fileName(files++)), columns, settings);
        currentDirectory = directory;
        part.add(directory, current);
        return current;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (current != null) {
            current.close();
        }
        if (!failed) {
            part.complete();
            completion.completed(part);
        }
    }
}
