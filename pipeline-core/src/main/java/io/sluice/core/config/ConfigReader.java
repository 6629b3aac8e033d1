package io.sluice.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed settings out of a {@link Config}, recording a located problem for every wrong or missing value
 * instead of stopping at the first, and reporting unknown keys with a did-you-mean hint.
 * The keys a component asks for are the keys it knows; call {@link #finish()} after the last one.
 * Text settings may name environment variables, and only with the explicit syntax {@code ${env:NAME}}
 * ({@code $${env:NAME}} stands for the text itself); an unset variable is a problem. Nothing else is expanded.
 *
 * <pre>{@code
 * ConfigReader r = new ConfigReader(config, problems, baseDirectory);
 * Path file = r.file("path");
 * List<String> variables = r.strings("variables", List.of());
 * r.finish();   // "pipeline.yaml:3:40 source.varibles: unknown key. Did you mean 'variables'?"
 * }</pre>
 */
public final class ConfigReader {
    private final Config config;
    private final Problems problems;
    private final Path baseDirectory;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, String> environment;

    /** A reader of {@code config} that reports into {@code problems} and resolves paths against a folder. */
    public ConfigReader(Config config, Problems problems, Path baseDirectory) {
        this(config, problems, baseDirectory, System.getenv());
    }

    /** As {@link #ConfigReader(Config, Problems, Path)}, reading {@code ${env:NAME}} from {@code environment}. */
    public ConfigReader(Config config, Problems problems, Path baseDirectory, Map<String, String> environment) {
        this.config = config;
        this.problems = problems;
        this.baseDirectory = baseDirectory;
        this.environment = Map.copyOf(environment);
        known.add("type");
    }

    private ConfigReader(Config config, Problems problems) {
        this.config = config;
        this.problems = problems;
        this.baseDirectory = Path.of("");
        this.environment = Map.copyOf(System.getenv());
    }

    /** A reader of a pipeline section that is not a plugin (no {@code type} key), such as {@code retries}. */
    public static ConfigReader section(Config config, Problems problems) {
        return new ConfigReader(config, problems);
    }

    /** The configuration being read. */
    public Config config() {
        return config;
    }

    /** The folder that relative paths resolve against. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /** A required string setting; null (and a problem) when missing. */
    public String requiredString(String key) {
        known.add(key);
        if (!config.has(key)) {
            problem(key, "is required");
            return null;
        }
        return string(key, null);
    }

    /** An optional string setting. */
    public String string(String key, String defaultValue) {
        known.add(key);
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Config || v instanceof List) {
            problem(key, "expected a single value, got " + describe(v));
            return defaultValue;
        }
        String text = EnvironmentText.expand(String.valueOf(v), environment, key, this::problem);
        return text == null ? defaultValue : text;
    }

    /** An optional setting that must be one of {@code allowed}. */
    public String choice(String key, String defaultValue, Collection<String> allowed) {
        String v = string(key, defaultValue);
        if (v != null && !allowed.contains(v)) {
            problem(key, "'" + v + "' is not one of " + String.join(", ", allowed) + "." + DidYouMean.hint(v, allowed));
            return defaultValue;
        }
        return v;
    }

    /** An optional list of strings; a single string counts as a list of one. */
    public List<String> strings(String key, List<String> defaultValue) {
        known.add(key);
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                if (e instanceof Config || e instanceof List) {
                    problem(key + "[" + i + "]", "expected a name, got " + describe(e));
                } else {
                    String text = EnvironmentText.expand(String.valueOf(e), environment, key + "[" + i + "]",
                            this::problem);
                    if (text != null) {
                        out.add(text);
                    }
                }
            }
            return List.copyOf(out);
        }
        if (v instanceof Config) {
            problem(key, "expected a list of names, got a mapping");
            return defaultValue;
        }
        String text = EnvironmentText.expand(String.valueOf(v), environment, key, this::problem);
        return text == null ? defaultValue : List.of(text);
    }

    /**
     * A required nested mapping: as {@link #mapping(String)}, with the problem "is required: {@code what}" when
     * the key is absent.
     */
    public Config requiredMapping(String key, String what) {
        Config c = mapping(key);
        if (c == null && !config.has(key)) {
            problem(key, "is required: " + what);
        }
        return c;
    }

    /**
     * An optional nested mapping, such as {@code columns: {tas: tas_k}}, whose keys keep their locations; null
     * when absent, or (with a problem) when the value is not a mapping.
     */
    public Config mapping(String key) {
        known.add(key);
        Object v = config.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Config c) {
            return c;
        }
        problem(key, "expected a mapping (name: value, ...), got " + describe(v));
        return null;
    }

    /**
     * A reader of a nested mapping read with {@link #mapping(String)}, such as {@code env: {LANG: C}}, that reports
     * into the same problems and expands {@code ${env:NAME}} the same way; its keys are all known.
     */
    public ConfigReader nested(Config mapping) {
        ConfigReader reader = new ConfigReader(mapping, problems, baseDirectory, environment);
        reader.known.addAll(mapping.keys());
        return reader;
    }

    /** An optional boolean setting. */
    public boolean bool(String key, boolean defaultValue) {
        known.add(key);
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problem(key, "expected true or false, got " + describe(v));
        return defaultValue;
    }

    /** An optional integer setting within {@code [min, max]}. */
    public long integer(String key, long defaultValue, long min, long max) {
        known.add(key);
        Object v = config.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!(v instanceof Long n)) {
            problem(key, "expected a whole number, got " + describe(v));
            return defaultValue;
        }
        if (n < min || n > max) {
            problem(key, n + " is out of range; expected " + min + " to " + max);
            return defaultValue;
        }
        return n;
    }

    /** An optional duration ({@code 30s}, {@code 10m}: see {@link DurationSetting}). */
    public Duration duration(String key, Duration defaultValue) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return DurationSetting.parse(text);
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage());
            return defaultValue;
        }
    }

    /** An optional nested mapping of settings; null when absent, and a problem when it is not a mapping. */
    public Config section(String key) {
        known.add(key);
        Object v = config.get(key);
        if (v == null || v instanceof Config) {
            return (Config) v;
        }
        problem(key, "expected a mapping of settings (key: value), got " + describe(v));
        return null;
    }

    /** A required file path, resolved against the pipeline's folder; null (and a problem) when missing. */
    public Path file(String key) {
        String s = requiredString(key);
        return s == null ? null : baseDirectory.resolve(s).normalize();
    }

    /** Records a problem about {@code key} (or a list element {@code key[i]}). */
    public void problem(String key, String message) {
        problems.add(config.locationOf(key), config.childPath(key), message);
    }

    /** Records a problem about {@code key} of a nested mapping read with {@link #mapping(String)}. */
    public void problem(Config nested, String key, String message) {
        problems.add(nested.locationOf(key), nested.childPath(key), message);
    }

    /** Where {@code key} was written. */
    public Location location(String key) {
        return config.locationOf(key);
    }

    /** Reports every key that no read asked for, with a did-you-mean hint. */
    public void finish() {
        for (String key : config.keys()) {
            if (!known.contains(key)) {
                problem(key, "unknown key; expected one of " + String.join(", ", known) + "."
                        + DidYouMean.hint(key, known));
            }
        }
    }

    private static String describe(Object v) {
        if (v instanceof Config c && c.keys().isEmpty()) {
            return "a mapping without values (YAML reads an unquoted {name} as one: write \"{name}\" in quotes)";
        }
        if (v instanceof Config) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        return String.valueOf(v);
    }
}
