package io.sluice.parquet;

import io.sluice.core.config.Config;
import java.util.List;

/**
 * Java DSL for the Parquet sink (type id {@code parquet}): builds the same settings a pipeline file would
 * hold. Further options go through {@link Config#with(String, Object)}: {@code codec}, {@code row-group-size},
 * {@code page-size}, {@code dictionary}, {@code overwrite} (see {@link ParquetSinkFactory}).
 *
 * <pre>{@code
 * .sink(ParquetSink.at("out/tas.parquet").with("codec", "snappy"))
 * .sink(ParquetSink.partitioned("out/tas", "year", "season"))    // out/tas/year=2001/season=DJF/part-00000.parquet
 * }</pre>
 */
public final class ParquetSink {
    /** The type id of the Parquet sink. */
    public static final String TYPE = "parquet";

    private ParquetSink() {
    }

    /** One Parquet file at {@code path}, relative to the pipeline's folder unless absolute. */
    public static Config at(String path) {
        return Config.ofType(TYPE).with("path", path);
    }

    /** A directory at {@code path} of Hive-style partitions by the columns {@code partitionBy}, in that order. */
    public static Config partitioned(String path, String... partitionBy) {
        return at(path).with("partition-by", List.of(partitionBy));
    }
}
