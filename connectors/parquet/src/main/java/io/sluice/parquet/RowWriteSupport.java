package io.sluice.parquet;

import io.sluice.core.data.Column;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Feeds one row of Sluice columns at a time to Parquet's column writers, reading each value with the
 * primitive accessor its type needs; no record object is built. A missing value is a field left out (null).
 * Repeated strings (labels, time stamps of a flattened grid) are encoded to UTF-8 once per run of equal texts.
 */
final class RowWriteSupport extends WriteSupport<RowCursor> {
    private static final int TEXT = 0;
    private static final int BOOL = 1;
    private static final int INT32 = 2;
    private static final int INT64 = 3;
    private static final int FLOAT32 = 4;
    private static final int FLOAT64 = 5;

    private final MessageType schema;
    private final Map<String, String> metadata;
    private final int[] kinds;
    private final String[] names;
    private final String[] lastText;
    private final Binary[] lastBinary;
    private RecordConsumer out;

    RowWriteSupport(MessageType schema, List<Column> columns, Map<String, String> metadata) {
        this.schema = schema;
        // kept in its order: Map.copyOf's order changes from JVM to JVM, and the footer would with it
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.kinds = new int[columns.size()];
        this.names = new String[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            names[i] = columns.get(i).name();
            kinds[i] = switch (columns.get(i).type()) {
                case STRING -> TEXT;
                case BOOLEAN -> BOOL;
                case INT, DATE -> INT32;
                case LONG, TIMESTAMP -> INT64;
                case FLOAT -> FLOAT32;
                case DOUBLE -> FLOAT64;
            };
        }
        this.lastText = new String[kinds.length];
        this.lastBinary = new Binary[kinds.length];
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, metadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, metadata);
    }

    @Override
    public String getName() {
        return "sluice";
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(RowCursor cursor) {
        Column[] columns = cursor.columns();
        int row = cursor.row();
        out.startMessage();
        for (int i = 0; i < kinds.length; i++) {
            Column c = columns[i];
            if (c.isNull(row)) {
                continue;
            }
            String name = names[i];
            out.startField(name, i);
            switch (kinds[i]) {
                case TEXT -> out.addBinary(binary(i, c.stringValue(row)));
                case BOOL -> out.addBoolean(c.longValue(row) != 0);
                case INT32 -> out.addInteger((int) c.longValue(row));
                case INT64 -> out.addLong(c.longValue(row));
                case FLOAT32 -> out.addFloat((float) c.doubleValue(row));
                default -> out.addDouble(c.doubleValue(row));
            }
            out.endField(name, i);
        }
        out.endMessage();
    }

    private Binary binary(int column, String text) {
        if (text != lastText[column]) {
            lastText[column] = text;
            lastBinary[column] = Binary.fromString(text);
        }
        return lastBinary[column];
    }
}
