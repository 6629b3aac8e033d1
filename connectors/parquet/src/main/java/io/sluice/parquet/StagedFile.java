package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file being written in staging: its columns are fixed by the first table and every later table
 * must have the same names and types. Rows go through {@link RowWriteSupport}; the file holds at most one row
 * group in memory.
 */
final class StagedFile implements AutoCloseable {
    private final Path file;
    private final List<String> names;
    private final List<ColumnType> types;
    private final Map<String, Map<String, String>> attributes;
    private final ParquetWriter<RowCursor> writer;
    private final RowCursor cursor = new RowCursor();
    private long rows;

    private StagedFile(Path file, List<Column> columns, ParquetWriter<RowCursor> writer) {
        this.file = file;
        this.names = new ArrayList<>();
        this.types = new ArrayList<>();
        this.attributes = new LinkedHashMap<>();
        for (Column c : columns) {
            names.add(c.name());
            types.add(c.type());
            attributes.put(c.name(), c.attributes());
        }
        this.writer = writer;
    }

    /** Creates {@code file} (which must not exist) for tables with {@code columns}. */
    static StagedFile create(Path file, List<Column> columns, ParquetSinkSettings settings) throws IOException {
        MessageType schema = WriteSchema.of(columns);
        RowWriteSupport support = new RowWriteSupport(schema, columns, SluiceMetadata.of(columns, settings));
        ParquetWriter<RowCursor> writer = new Builder(new LocalOutputFile(file), support)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(settings.codec())
                .withRowGroupSize(settings.rowGroupSize())
                .withPageSize(settings.pageSize())
                .withDictionaryEncoding(settings.dictionary())
                .build();
        return new StagedFile(file, columns, writer);
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    /** The column names and types, to compare files. */
    String describeColumns() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(types.get(i));
        }
        return b.append(']').toString();
    }

    Map<String, Map<String, String>> attributes() {
        return attributes;
    }

    /** Whether {@code columns} have this file's names and types, in order. */
    boolean accepts(List<Column> columns) {
        if (columns.size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!columns.get(i).name().equals(names.get(i)) || columns.get(i).type() != types.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Appends rows {@code [from, to)} of {@code columns} (which this file must accept). */
    void write(List<Column> columns, int from, int to) throws IOException {
        cursor.point(columns);
        for (int r = from; r < to; r++) {
            cursor.row(r);
            writer.write(cursor);
        }
        rows += to - from;
        // the part keeps this file until the commit: holding the table's columns would keep every chunk's values
        cursor.point(List.of());
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** Column names and types, for messages. */
    static String describe(List<Column> columns) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < columns.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(columns.get(i).name()).append(' ').append(columns.get(i).type());
        }
        return b.append(']').toString();
    }

    /** A writer builder over Sluice's write support. */
    private static final class Builder extends ParquetWriter.Builder<RowCursor, Builder> {
        private final RowWriteSupport support;

        Builder(OutputFile file, RowWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<RowCursor> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<RowCursor> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }
}
