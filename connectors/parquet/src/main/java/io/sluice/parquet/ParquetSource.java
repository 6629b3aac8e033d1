package io.sluice.parquet;

import io.sluice.core.config.Config;
import java.util.List;

/**
 * Settings of a Parquet source for the Java DSL; they are the same settings a YAML pipeline writes.
 *
 * <pre>{@code
 * .source(ParquetSource.at("obs/**.parquet", "station", "tas"))     // a glob, two columns
 * .source(ParquetSource.at("out/tas"))                              // a Hive-partitioned directory, every column
 * }</pre>
 */
public final class ParquetSource {
    /** The type id of Parquet sources. */
    public static final String TYPE = "parquet";

    private ParquetSource() {
    }

    /** A Parquet source reading {@code columns} (all when none) of the file, directory or glob {@code path}. */
    public static Config at(String path, String... columns) {
        Config c = Config.ofType(TYPE).with("path", path);
        return columns.length == 0 ? c : c.with("columns", List.of(columns));
    }
}
