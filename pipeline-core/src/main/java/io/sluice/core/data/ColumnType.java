package io.sluice.core.data;

/** The type of a table column's values, which decides how sinks store and print them. */
public enum ColumnType {
    /** Text. */
    STRING,
    /** 64-bit integers. */
    LONG,
    /** 32-bit floating point: printed with the shortest text that reads back to the same float. */
    FLOAT,
    /** 64-bit floating point: printed with the shortest text that reads back to the same double. */
    DOUBLE
}
