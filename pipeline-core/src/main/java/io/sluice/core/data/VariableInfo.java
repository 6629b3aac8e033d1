package io.sluice.core.data;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source knows about one data variable before reading it.
 *
 * <pre>{@code VariableInfo.of("tas", List.of("time", "lat", "lon"), "float", ColumnType.FLOAT, Map.of("units", "K"))}</pre>
 *
 * @param name variable name
 * @param dimensions dimension names, slowest first
 * @param storedType the type as stored in the file, such as {@code short} for packed data
 * @param valueType the type of the unpacked values, FLOAT or DOUBLE
 * @param attributes the variable's attributes as text, in the source's order
 */
public record VariableInfo(String name, List<String> dimensions, String storedType, ColumnType valueType,
                           Map<String, String> attributes) implements Serializable {

    /**
     * Compact constructor: copies collections. The attributes keep their order (a copy made with
     * {@code Map.copyOf} iterates in an order that changes from one JVM to the next, and so did the attributes
     * of the files the NetCDF sink wrote); null keys or values are refused.
     */
    public VariableInfo {
        dimensions = List.copyOf(dimensions);
        attributes.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new NullPointerException("variable " + name + ": attribute " + key + " is null");
            }
        });
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A variable description. */
    public static VariableInfo of(String name, List<String> dimensions, String storedType, ColumnType valueType,
                                  Map<String, String> attributes) {
        return new VariableInfo(name, dimensions, storedType, valueType, attributes);
    }

    /** The descriptive attributes (units, long_name, standard_name, cell_methods) a copy of the values keeps. */
    public Map<String, String> descriptiveAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : List.of("units", "long_name", "standard_name", "cell_methods")) {
            String value = attributes.get(key);
            if (value != null && !value.isEmpty()) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** The units attribute, or the empty string. */
    public String units() {
        return attributes.getOrDefault("units", "");
    }
}
