package io.sluice.csv;

import io.sluice.core.config.Config;

/**
 * Java DSL for the CSV source (type id {@code csv}): builds the same settings a pipeline file would hold; add
 * options with {@link Config#with(String, Object)} (see {@link CsvSourceFactory} for the list).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder("obs-to-semicolons")
 *         .source(CsvSource.at("data/*.csv").with("types", Config.empty("types").with("station", "string")))
 *         .sink(CsvSink.at("out/obs.csv").with("delimiter", ";"))
 *         .build();
 * }</pre>
 */
public final class CsvSource {
    /** The type id of CSV sources. */
    public static final String TYPE = "csv";

    private CsvSource() {
    }

    /** A CSV source reading {@code path} (a file, a directory of .csv files or a glob), relative to the pipeline. */
    public static Config at(String path) {
        return Config.ofType(TYPE).with("path", path);
    }
}
