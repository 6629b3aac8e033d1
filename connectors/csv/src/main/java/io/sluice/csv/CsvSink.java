package io.sluice.csv;

import io.sluice.core.config.Config;

/**
 * Java DSL for the CSV sink (type id {@code csv}): builds the same settings a pipeline file would hold.
 * Options are set with {@link Config#with(String, Object)}: {@code delimiter} (one character, default
 * {@code ,}), {@code header} (default true), {@code null} (text for missing values, default empty),
 * {@code overwrite} (default true; false makes the run fail when the target already exists), {@code quote},
 * {@code escape}, {@code quote-mode} ({@code minimal}, {@code all}, {@code non-numeric}), {@code record-separator}
 * ({@code lf}, {@code crlf}) and {@code encoding} (see {@link CsvSinkFactory}).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder("tas-seasonal-means")
 *         ...
 *         .sink(CsvSink.at("out/tas.csv").with("delimiter", ";").with("null", "NA"))
 *         .build();
 * }</pre>
 */
public final class CsvSink {

    private CsvSink() {
    }

    /** Settings of a CSV sink writing to {@code path}, relative to the pipeline's folder unless absolute. */
    public static Config at(String path) {
        return Config.ofType(CsvSinkFactory.TYPE).with("path", path);
    }
}
