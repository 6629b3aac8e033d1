package io.sluice.cli;

import static io.sluice.cli.ConvertCommand.at;

import io.sluice.core.config.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table stages of {@code sluice convert}, in a fixed order: {@code --derive}, {@code --filter},
 * {@code --columns} (select), {@code --rename}; each the same settings a pipeline file would hold, located at
 * the option that gave it.
 *
 * <pre>{@code ConvertStages.of(List.of("c=tas - 273.15"), "c > 0", null, null)   // derive, filter}</pre>
 */
final class ConvertStages {
    private ConvertStages() {
    }

    /** The stages; throws IllegalArgumentException for a NAME=EXPR or OLD=NEW pair that is not one. */
    static List<Config> of(List<String> derive, String filter, List<String> columns, List<String> rename) {
        List<Config> stages = new ArrayList<>();
        if (derive != null && !derive.isEmpty()) {
            stages.add(stage("derive", "--derive", pairs(derive, "--derive", "NAME=EXPR")));
        }
        if (filter != null) {
            stages.add(stage("filter", "where", filter, "--filter"));
        }
        if (columns != null) {
            stages.add(stage("select", "columns", columns, "--columns"));
        }
        if (rename != null && !rename.isEmpty()) {
            stages.add(stage("rename", "--rename", pairs(rename, "--rename", "OLD=NEW")));
        }
        return stages;
    }

    private static Config stage(String type, String key, Object value, String option) {
        return Config.empty("", at(option)).with("type", type, at(option)).with(key, value, at(option));
    }

    /** A stage whose {@code columns} setting is the mapping {@code value}. */
    private static Config stage(String type, String option, Map<String, String> value) {
        Config nested = Config.empty("", at(option));
        for (Map.Entry<String, String> e : value.entrySet()) {
            nested = nested.with(e.getKey(), e.getValue(), at(option));
        }
        return stage(type, "columns", nested, option);
    }

    private static Map<String, String> pairs(List<String> given, String option, String form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(option + " '" + pair + "': expected " + form);
            }
            String name = pair.substring(0, eq).strip();
            if (out.put(name, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(option + " '" + pair + "': '" + name + "' is given twice");
            }
        }
        return out;
    }
}
