package io.sluice.netcdf.sink;

import io.sluice.core.config.Config;

/**
 * Java DSL for the NetCDF sink (type id {@code netcdf}): builds the same settings a pipeline file holds.
 * Options are set with {@link Config#with(String, Object)}: {@code layout} ({@code single}, the default, or
 * {@code per-season} or {@code per-season-year}), {@code overwrite} (default true).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder("tas-seasmean")
 *         ...
 *         .sink(NetcdfSink.at("out/tas_${season}.nc").with("layout", "per-season"))
 *         .build();
 * }</pre>
 */
public final class NetcdfSink {
    /** The type id of the NetCDF sink. */
    public static final String TYPE = "netcdf";

    private NetcdfSink() {
    }

    /** Settings of a NetCDF sink writing to {@code path} (a file name pattern for per-season layouts). */
    public static Config at(String path) {
        return Config.ofType(TYPE).with("path", path);
    }
}
