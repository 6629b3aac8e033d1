package io.sluice.core.config;

import java.io.Serializable;

/**
 * Where a configuration value came from: a file with line and column, or a description such as "java dsl".
 *
 * <pre>{@code Location.of("pipeline.yaml", 4, 12).toString()  // "pipeline.yaml:4:12"}</pre>
 *
 * @param origin file name or description of the origin
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String origin, int line, int column) implements Serializable {

    /** The location of values built in Java code rather than read from a file. */
    public static final Location DSL = new Location("java dsl", 0, 0);

    /** A location in a file. */
    public static Location of(String origin, int line, int column) {
        return new Location(origin, line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return origin;
        }
        return column > 0 ? origin + ":" + line + ":" + column : origin + ":" + line;
    }
}
