package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema Sluice writes for a table's columns: every column optional (so that it can hold nulls),
 * STRING as UTF-8 BINARY, BOOLEAN, INT as INT32, LONG as INT64, FLOAT, DOUBLE, DATE as INT32 (DATE) and
 * TIMESTAMP as INT64 TIMESTAMP(MICROS, adjusted to UTC).
 */
final class WriteSchema {
    private WriteSchema() {
    }

    /** The schema of {@code columns}, named {@code schema} as Spark and DuckDB name theirs. */
    static MessageType of(List<Column> columns) {
        List<Type> fields = new ArrayList<>(columns.size());
        for (Column c : columns) {
            fields.add(field(c.name(), c.type()));
        }
        return new MessageType("schema", fields);
    }

    static PrimitiveType field(String name, ColumnType type) {
        return switch (type) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(name);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
            case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case FLOAT -> Types.optional(PrimitiveTypeName.FLOAT).named(name);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
            case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                    .named(name);
        };
    }
}
