package io.sluice.core.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, ordered tree of settings for one pipeline component, remembering where each value came from.
 * Values are {@code String}, {@code Boolean}, {@code Long}, {@code Double}, {@code List} of those, or a nested
 * {@code Config}. YAML and the Java DSL both produce it, so both describe a pipeline with the same data.
 * Equality ignores locations: a pipeline read from YAML equals the same pipeline written in Java.
 *
 * <pre>{@code
 * Config c = Config.empty("source").with("type", "netcdf").with("variables", List.of("tas"));
 * c.get("type")   // "netcdf"
 * }</pre>
 */
public final class Config implements Serializable, Settings {
    private static final long serialVersionUID = 1L;
    private static final String VALUE_SUFFIX = "#value";

    private final String path;
    private final Location location;
    private final LinkedHashMap<String, Object> values;
    private final LinkedHashMap<String, Location> locations;

    private Config(String path, Location location, LinkedHashMap<String, Object> values,
                   LinkedHashMap<String, Location> locations) {
        this.path = path;
        this.location = location;
        this.values = values;
        this.locations = locations;
    }

    /** An empty configuration at the given setting path, built in Java code. */
    public static Config empty(String path) {
        return new Config(path, Location.DSL, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** A component configuration of the given type, built in Java code; its path is set when it is attached. */
    public static Config ofType(String type) {
        return empty("").with("type", type);
    }

    /** The same settings at another setting path (used when a component is attached to a pipeline). */
    public Config atPath(String newPath) {
        Config c = new Config(newPath, location, new LinkedHashMap<>(), new LinkedHashMap<>(locations));
        LinkedHashMap<String, Object> v = new LinkedHashMap<>();
        values.forEach((k, val) -> v.put(k, c.normalise(c.childPath(k), val)));
        return new Config(newPath, location, v, c.locations);
    }

    /** An empty configuration at the given path and location (used by file loaders). */
    public static Config empty(String path, Location location) {
        return new Config(path, location, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** A copy with {@code key} set to {@code value}; lists are copied, nested maps become configs. */
    public Config with(String key, Object value) {
        return with(key, value, location);
    }

    /** A copy with {@code key} set to {@code value} found at {@code keyLocation}. */
    public Config with(String key, Object value, Location keyLocation) {
        Objects.requireNonNull(key, "key");
        LinkedHashMap<String, Object> v = new LinkedHashMap<>(values);
        LinkedHashMap<String, Location> l = new LinkedHashMap<>(locations);
        v.put(key, normalise(childPath(key), value));
        l.put(key, keyLocation);
        return new Config(path, location, v, l);
    }

    /**
     * A copy with every entry of {@code entries} set, each found at the location {@code locations} gives for it
     * (keys and list elements as {@code key[index]}); one copy however many entries, for file loaders.
     */
    public Config withAll(Map<String, Object> entries, Map<String, Location> entryLocations) {
        LinkedHashMap<String, Object> v = new LinkedHashMap<>(values);
        LinkedHashMap<String, Location> l = new LinkedHashMap<>(locations);
        entries.forEach((key, value) -> v.put(Objects.requireNonNull(key, "key"), normalise(childPath(key), value)));
        l.putAll(entryLocations);
        return new Config(path, location, v, l);
    }

    /**
     * The key under which {@link #withAll} records where the text of {@code key}'s value starts (see
     * {@link #withValueLocation}).
     */
    public static String valueLocationKey(String key) {
        return key + VALUE_SUFFIX;
    }

    /** A copy that also remembers the location of one element of a list value, as {@code key[index]}. */
    public Config withElementLocation(String key, int index, Location elementLocation) {
        LinkedHashMap<String, Location> l = new LinkedHashMap<>(locations);
        l.put(key + "[" + index + "]", elementLocation);
        return new Config(path, location, values, l);
    }

    /**
     * A copy that remembers where the text of {@code key}'s single-line value starts (after an opening quote),
     * so that a problem inside the value, such as in an expression, can be located to its exact column.
     */
    public Config withValueLocation(String key, Location valueLocation) {
        LinkedHashMap<String, Location> l = new LinkedHashMap<>(locations);
        l.put(key + VALUE_SUFFIX, valueLocation);
        return new Config(path, location, values, l);
    }

    /** Where the text of {@code key}'s value starts, when it was read from one line of a file; else empty. */
    public Optional<Location> valueLocationOf(String key) {
        return java.util.Optional.ofNullable(locations.get(key + VALUE_SUFFIX));
    }

    private Object normalise(String childPath, Object value) {
        if (value instanceof Config c) {
            return c.path.equals(childPath) ? c : c.atPath(childPath);
        }
        if (value instanceof Map<?, ?> map) {
            Config nested = Config.empty(childPath, location);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                nested = nested.with(String.valueOf(e.getKey()), e.getValue());
            }
            return nested;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(normalise(childPath + "[" + i + "]", list.get(i)));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Path p) {
            return p.toString();
        }
        return value;
    }

    /** This configuration itself. */
    @Override
    public Config toConfig() {
        return this;
    }

    /** The value of {@code key}, or null. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether {@code key} is set. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The keys in the order they were given. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Where this configuration starts. */
    public Location location() {
        return location;
    }

    /** Where {@code key} (or list element {@code key[i]}) was written, falling back to the parent. */
    public Location locationOf(String keyOrElement) {
        Location l = locations.get(keyOrElement);
        if (l == null && keyOrElement.contains("[")) {
            l = locations.get(keyOrElement.substring(0, keyOrElement.indexOf('[')));
        }
        return l == null ? location : l;
    }

    /** The setting path of this configuration, such as {@code stages[1]}. */
    public String path() {
        return path;
    }

    /** The setting path of a key, such as {@code stages[1].over}. */
    public String childPath(String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    /** The values as plain Java maps and lists, for hashing and display. */
    public Map<String, Object> toMap() {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof Config c) {
            return c.toMap();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Config::plain).toList();
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
