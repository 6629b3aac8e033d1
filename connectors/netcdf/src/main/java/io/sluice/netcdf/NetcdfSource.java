package io.sluice.netcdf;

import io.sluice.core.config.Config;
import java.util.List;

/**
 * Settings of a NetCDF source for the Java DSL; they are the same settings a YAML pipeline writes.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder("seasonal-means")
 *         .source(NetcdfSource.at("data/tas.nc", "tas"))
 *         // or: NetcdfSource.at("winds.cdf", List.of("UWND", "VWND"), "TIME")
 *         ...
 * }</pre>
 */
public final class NetcdfSource {
    /** The type id of NetCDF sources. */
    public static final String TYPE = "netcdf";

    private NetcdfSource() {
    }

    /**
     * A NetCDF source reading {@code variables} from {@code path} (relative to the pipeline's folder);
     * no variables means every variable on the time grid.
     */
    public static Config at(String path, String... variables) {
        Config c = Config.ofType(TYPE).with("path", path);
        return variables.length == 0 ? c : c.with("variables", List.of(variables));
    }

    /** As {@link #at(String, String...)}, naming the time variable too (when it cannot be found by itself). */
    public static Config at(String path, List<String> variables, String time) {
        Config c = Config.ofType(TYPE).with("path", path).with("time", time);
        return variables.isEmpty() ? c : c.with("variables", List.copyOf(variables));
    }
}
