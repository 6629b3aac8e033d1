package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.plan.FileRange;
import io.sluice.core.spi.BatchReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;

/**
 * Reads row groups {@code [start, end)} of one file with Parquet's column readers, straight into primitive
 * arrays, in tables of about {@code maxBatchBytes} (a table never spans two row groups). Only the selected
 * columns' chunks are read from the disk.
 */
final class RowGroupReader implements BatchReader {
    private static final GroupConverter NO_CONVERSION = new GroupConverter() {
        private final PrimitiveConverter ignore = new PrimitiveConverter() {
        };

        @Override
        public Converter getConverter(int fieldIndex) {
            return ignore;
        }

        @Override
        public void start() {
        }

        @Override
        public void end() {
        }
    };

    private final Path file;
    private final ParquetFileReader reader;
    private final MessageType projection;
    private final List<ColumnFiller> fillers;
    private final long maxBatchBytes;
    private final long end;
    private long group;
    private long rowsLeft;
    private int rowsPerBatch;

    private RowGroupReader(Path file, ParquetFileReader reader, MessageType projection, List<ColumnFiller> fillers,
                           FileRange range, long maxBatchBytes) {
        this.file = file;
        this.reader = reader;
        this.projection = projection;
        this.fillers = fillers;
        this.maxBatchBytes = maxBatchBytes;
        this.group = range.start();
        this.end = range.end();
    }

    /** Opens the file of {@code range} and checks that it still holds {@code columns} as described. */
    static RowGroupReader open(FileRange range, List<SourceColumn> columns, Map<String, Map<String, String>> attributes,
                               boolean decimalAsString, long maxBatchBytes) throws IOException {
        Path file = Path.of(range.file());
        ParquetFileReader reader = ParquetFiles.open(file);
        try {
            MessageType schema = reader.getFileMetaData().getSchema();
            ReadSchema.check(columns, schema, file, decimalAsString);
            if (range.end() > reader.getRowGroups().size()) {
                throw new IOException(file + ": has " + reader.getRowGroups().size() + " row groups; the plan reads"
                        + " up to row group " + (range.end() - 1) + " (did the file change since planning?)");
            }
            MessageType projection = ReadSchema.project(columns, schema);
            reader.setRequestedSchema(projection);
            List<ColumnFiller> fillers = new ArrayList<>();
            for (SourceColumn c : columns) {
                fillers.add(new ColumnFiller(c, attributes.getOrDefault(c.name(), Map.of())));
            }
            return new RowGroupReader(file, reader, projection, fillers, range, maxBatchBytes);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public Table next() throws IOException {
        while (rowsLeft == 0) {
            if (group >= end) {
                return null;
            }
            startGroup((int) group++);
        }
        int n = (int) Math.min(rowsLeft, rowsPerBatch);
        List<Column> columns = new ArrayList<>(fillers.size());
        try {
            for (ColumnFiller f : fillers) {
                columns.add(f.next(n));
            }
        } catch (RuntimeException e) {
            throw ParquetFiles.damaged(file, new IOException("row group " + (group - 1) + ": " + e.getMessage(), e));
        }
        rowsLeft -= n;
        return Table.of(n, columns);
    }

    private void startGroup(int index) throws IOException {
        BlockMetaData block = reader.getRowGroups().get(index);
        PageReadStore pages;
        try {
            pages = reader.readRowGroup(index);
        } catch (IOException | RuntimeException e) {
            throw ParquetFiles.damaged(file, new IOException("row group " + index + ": " + e.getMessage(), e));
        }
        ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, NO_CONVERSION, projection,
                reader.getFileMetaData().getCreatedBy());
        List<ColumnDescriptor> descriptors = projection.getColumns();
        for (int i = 0; i < fillers.size(); i++) {
            fillers.get(i).start(store.getColumnReader(descriptors.get(i)));
        }
        rowsLeft = pages.getRowCount();
        rowsPerBatch = rowsPerBatch(block);
    }

    private int rowsPerBatch(BlockMetaData block) {
        long rows = Math.max(1, block.getRowCount());
        long bytesPerRow = 0;
        for (ColumnChunkMetaData chunk : block.getColumns()) {
            if (projection.containsPath(chunk.getPath().toArray())) {
                bytesPerRow += Math.max(8, chunk.getTotalUncompressedSize() / rows);
            }
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxBatchBytes / Math.max(1, bytesPerRow)));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
