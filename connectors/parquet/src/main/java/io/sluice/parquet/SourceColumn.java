package io.sluice.parquet;

import io.sluice.core.data.ColumnType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * One flat Parquet column as Sluice reads it: its name, how its values are read and the Sluice type they
 * become, the type as stored (for inspection) and, for decimals, the scale.
 *
 * <pre>{@code SourceColumn c = SourceColumn.of(field, false);   // INT64 TIMESTAMP(MILLIS) -> TIMESTAMP}</pre>
 *
 * @param name the column name
 * @param kind how values are read
 * @param storedType the Parquet type, such as {@code INT64 TIMESTAMP(MILLIS,true)}
 * @param physical the physical type the values are stored as
 * @param scale the decimal scale, 0 for other kinds
 */
record SourceColumn(String name, ReadKind kind, String storedType, PrimitiveTypeName physical, int scale) {

    /** The Sluice type of the values. */
    ColumnType type() {
        return kind.type();
    }

    /** Why Sluice cannot read {@code field}, or null when it can. */
    static String unsupported(Type field) {
        if (!field.isPrimitive()) {
            return "a nested column (group, list or map); Sluice reads flat columns";
        }
        if (field.isRepetition(Type.Repetition.REPEATED)) {
            return "a repeated column; Sluice reads flat columns";
        }
        return kindOf(field.asPrimitiveType(), false) == null
                ? "of type " + stored(field.asPrimitiveType()) + ", which Sluice does not read" : null;
    }

    /** How Sluice reads {@code field} (which {@link #unsupported} accepts); decimals as text or doubles. */
    static SourceColumn of(PrimitiveType field, boolean decimalAsString) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        int scale = logical instanceof DecimalLogicalTypeAnnotation d ? d.getScale() : 0;
        return new SourceColumn(field.getName(), kindOf(field, decimalAsString), stored(field),
                field.getPrimitiveTypeName(), scale);
    }

    static String stored(PrimitiveType field) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        return field.getPrimitiveTypeName() + (logical == null ? "" : " " + logical);
    }

    private static ReadKind kindOf(PrimitiveType field, boolean decimalAsString) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation) {
            return decimalAsString ? ReadKind.DECIMAL_STRING : ReadKind.DECIMAL_DOUBLE;
        }
        return switch (field.getPrimitiveTypeName()) {
            case BOOLEAN -> logical == null ? ReadKind.BOOLEAN : null;
            case INT32 -> int32(logical);
            case INT64 -> int64(logical);
            case FLOAT -> logical == null ? ReadKind.FLOAT : null;
            case DOUBLE -> logical == null ? ReadKind.DOUBLE : null;
            case BINARY -> logical == null || logical.equals(LogicalTypeAnnotation.stringType())
                    || logical.equals(LogicalTypeAnnotation.enumType())
                    || logical.equals(LogicalTypeAnnotation.jsonType()) ? ReadKind.STRING : null;
            case INT96 -> ReadKind.INT96_TIMESTAMP;
            case FIXED_LEN_BYTE_ARRAY -> null;
        };
    }

    private static ReadKind int32(LogicalTypeAnnotation logical) {
        if (logical == null) {
            return ReadKind.INT32;
        }
        if (logical.equals(LogicalTypeAnnotation.dateType())) {
            return ReadKind.DATE;
        }
        if (logical instanceof IntLogicalTypeAnnotation i) {
            return i.isSigned() || i.getBitWidth() < 32 ? ReadKind.INT32 : ReadKind.UINT32;
        }
        return null;
    }

    private static ReadKind int64(LogicalTypeAnnotation logical) {
        if (logical == null) {
            return ReadKind.INT64;
        }
        if (logical instanceof IntLogicalTypeAnnotation i) {
            return i.isSigned() ? ReadKind.INT64 : null;
        }
        if (logical instanceof TimestampLogicalTypeAnnotation t) {
            return switch (t.getUnit()) {
                case MILLIS -> ReadKind.TIMESTAMP_MILLIS;
                case MICROS -> ReadKind.TIMESTAMP_MICROS;
                case NANOS -> ReadKind.TIMESTAMP_NANOS;
            };
        }
        return null;
    }
}
