package io.sluice.parquet;

import io.sluice.core.data.ColumnType;

/** How the values of one Parquet column are read and what Sluice type they become. */
enum ReadKind {
    /** BOOLEAN. */
    BOOLEAN(ColumnType.BOOLEAN),
    /** INT32, INT(8|16|32, signed), UINT(8|16). */
    INT32(ColumnType.INT),
    /** INT32 UINT(32): widened to LONG. */
    UINT32(ColumnType.LONG),
    /** INT64, INT(64, signed). */
    INT64(ColumnType.LONG),
    /** FLOAT. */
    FLOAT(ColumnType.FLOAT),
    /** DOUBLE. */
    DOUBLE(ColumnType.DOUBLE),
    /** BINARY as UTF-8 text: STRING, ENUM, JSON, or no annotation. */
    STRING(ColumnType.STRING),
    /** INT32 DATE: days since 1970-01-01. */
    DATE(ColumnType.DATE),
    /** INT64 TIMESTAMP(MILLIS). */
    TIMESTAMP_MILLIS(ColumnType.TIMESTAMP),
    /** INT64 TIMESTAMP(MICROS). */
    TIMESTAMP_MICROS(ColumnType.TIMESTAMP),
    /** INT64 TIMESTAMP(NANOS): rounded down to microseconds. */
    TIMESTAMP_NANOS(ColumnType.TIMESTAMP),
    /** INT96, the legacy Impala/Spark timestamp: nanoseconds of the day and a Julian day number. */
    INT96_TIMESTAMP(ColumnType.TIMESTAMP),
    /** DECIMAL (over INT32, INT64, BINARY or FIXED_LEN_BYTE_ARRAY) as the nearest double. */
    DECIMAL_DOUBLE(ColumnType.DOUBLE),
    /** DECIMAL as exact text, such as {@code 12.30}. */
    DECIMAL_STRING(ColumnType.STRING);

    private final ColumnType type;

    ReadKind(ColumnType type) {
        this.type = type;
    }

    /** The Sluice type of the values. */
    ColumnType type() {
        return type;
    }
}
