package io.sluice.netcdf.sink;

import io.sluice.core.data.Axis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the source attributes the output carries. Descriptions hold attributes as text, so only text
 * attributes are carried: numeric ones (valid ranges, packing, fill values, actual_range) describe the stored
 * values, which the output does not keep, and netCDF-internal ones ({@code _ChunkSizes}) are left out.
 *
 * <pre>{@code Map<String, String> lat = CfAttributes.ofVariable(source, "lat", Set.of("bounds"));}</pre>
 */
final class CfAttributes {
    private CfAttributes() {
    }

    /** The text attributes of the source variable {@code name} (empty when unknown), minus {@code except}. */
    static Map<String, String> ofVariable(SourceDescription source, String name, Set<String> except) {
        for (VariableInfo v : source.allVariables()) {
            if (v.name().equals(name)) {
                return carried(v.attributes(), except);
            }
        }
        return new LinkedHashMap<>();
    }

    /**
     * The text attributes of a spatial coordinate, without {@code bounds} (bounds are not written) and with the
     * {@code standard_name} and {@code axis} its units imply when it has none, as CDO adds them:
     * {@code degrees_north} is latitude (Y), {@code degrees_east} longitude (X).
     */
    static Map<String, String> coordinate(SourceDescription source, Axis axis) {
        Map<String, String> out = ofVariable(source, axis.name(), Set.of("bounds", "units"));
        String units = axis.units().toLowerCase(java.util.Locale.ROOT);
        if (units.equals("degrees_north") || units.equals("degree_north")) {
            out.putIfAbsent("standard_name", "latitude");
            out.putIfAbsent("axis", "Y");
        } else if (units.equals("degrees_east") || units.equals("degree_east")) {
            out.putIfAbsent("standard_name", "longitude");
            out.putIfAbsent("axis", "X");
        }
        return out;
    }

    /** The text attributes of {@code attributes}, minus {@code except}, in order. */
    static Map<String, String> carried(Map<String, String> attributes, Set<String> except) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (!k.startsWith("_") && !except.contains(k) && !looksNumeric(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The source variable's {@code _FillValue} when it stores floating-point values, else null. */
    static Double fillOf(SourceDescription source, String outputName) {
        for (VariableInfo v : source.variables()) {
            if (outputName.equals(v.name()) || outputName.startsWith(v.name() + "_")) {
                String fill = v.attributes().get("_FillValue");
                boolean floating = v.storedType().equals("float") || v.storedType().equals("double");
                if (fill == null || !floating || !looksNumeric(fill) || fill.contains(",")) {
                    return null;
                }
                double value = Double.parseDouble(fill);
                return Double.isNaN(value) ? null : value;
            }
        }
        return null;
    }

    /** Whether text is a number or a comma-separated list of numbers, as descriptions print them. */
    static boolean looksNumeric(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String part : text.split(",")) {
            try {
                Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
