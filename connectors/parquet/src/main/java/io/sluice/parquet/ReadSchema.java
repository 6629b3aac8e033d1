package io.sluice.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** Checks that a file holds the columns a source reads, with the same types, and projects its schema on them. */
final class ReadSchema {
    private ReadSchema() {
    }

    /** Fails naming the file and the column when {@code schema} lacks a column or stores it differently. */
    static void check(List<SourceColumn> columns, MessageType schema, Path file, boolean decimalAsString)
            throws IOException {
        for (SourceColumn c : columns) {
            if (!schema.containsField(c.name())) {
                throw new IOException(file + ": has no column '" + c.name() + "'; every file of the source must hold"
                        + " the columns read");
            }
            Type field = schema.getType(c.name());
            String why = SourceColumn.unsupported(field);
            if (why != null) {
                throw new IOException(file + ": column '" + c.name() + "' is " + why);
            }
            SourceColumn here = SourceColumn.of(field.asPrimitiveType(), decimalAsString);
            if (here.kind() != c.kind() || !here.storedType().equals(c.storedType())) {
                throw new IOException(file + ": column '" + c.name() + "' is " + here.storedType() + " but "
                        + c.storedType() + " in the first file; every file of the source must store a column alike");
            }
        }
    }

    /** The part of {@code schema} holding {@code columns}, in their order. */
    static MessageType project(List<SourceColumn> columns, MessageType schema) {
        List<Type> fields = new ArrayList<>(columns.size());
        for (SourceColumn c : columns) {
            fields.add(schema.getType(c.name()));
        }
        return new MessageType(schema.getName(), fields);
    }
}
