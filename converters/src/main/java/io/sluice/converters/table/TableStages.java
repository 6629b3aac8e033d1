package io.sluice.converters.table;

import io.sluice.core.config.Config;
import java.util.List;
import java.util.Map;

/**
 * Table stage settings for the Java DSL: each method returns the same {@link Config} a YAML pipeline holds.
 *
 * <pre>{@code
 * Pipeline.builder("tas-rows")
 *         .source(NetcdfSource.at("tas.nc", "tas"))
 *         .stage(TableStages.select("time", "lat", "lon", "tas"))          // type: select
 *         .stage(TableStages.filter("lat >= 0"))                            // type: filter, where: ...
 *         .stage(TableStages.derive(Map.of("tas_c", "tas - 273.15")))      // type: derive
 *         ...
 * }</pre>
 */
public final class TableStages {
    private TableStages() {
    }

    /** Keeps {@code columns}, in that order. */
    public static Config select(String... columns) {
        return Config.ofType("select").with("columns", List.of(columns));
    }

    /** Renames columns, old name to new name (iteration order is kept). */
    public static Config rename(Map<String, String> oldToNew) {
        return Config.ofType("rename").with("columns", oldToNew);
    }

    /** Keeps the rows where {@code condition} is true. */
    public static Config filter(String condition) {
        return Config.ofType("filter").with("where", condition);
    }

    /** Computes columns from expressions, name to expression (iteration order is kept). */
    public static Config derive(Map<String, String> nameToExpression) {
        return Config.ofType("derive").with("columns", nameToExpression);
    }

    /** Converts columns, name to type ({@code string}, {@code long}, {@code double}, ...). */
    public static Config cast(Map<String, String> nameToType) {
        return Config.ofType("cast").with("columns", nameToType);
    }

    /** Appends {@code season} and {@code year} columns from the DATE, TIMESTAMP or ISO text {@code column}. */
    public static Config season(String column) {
        return Config.ofType("season").with("column", column);
    }
}
