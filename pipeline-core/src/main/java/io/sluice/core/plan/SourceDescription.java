package io.sluice.core.plan;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source holds, learnt from its header and coordinates without reading data values: the decoded time
 * axis, the spatial axes, the selected variables, the dimensions and global attributes.
 *
 * <pre>{@code
 * SourceDescription d = source.describe();
 * d.time().size();        // number of time steps
 * d.bytesPerStep();       // bytes of the selected variables in one time step
 * }</pre>
 *
 * @param origin file or location, for messages
 * @param format short format description, such as {@code NetCDF-3 classic}
 * @param time the time axis
 * @param space spatial axes of the selected variables, slowest first
 * @param variables the selected variables
 * @param dimensions every dimension of the source with its length
 * @param attributes global attributes as text
 * @param allVariables every variable of the source (for inspection)
 * @param files the files a multi-file source aggregates, in time order, each with its time range (for plans
 *              and inspection); empty for a single file
 */
public record SourceDescription(String origin, String format, TimeAxis time, List<Axis> space,
                                List<VariableInfo> variables, Map<String, Integer> dimensions,
                                Map<String, String> attributes, List<VariableInfo> allVariables,
                                List<String> files)
        implements Serializable {

    /** A description of a single-file source (no file list). */
    public SourceDescription(String origin, String format, TimeAxis time, List<Axis> space,
                             List<VariableInfo> variables, Map<String, Integer> dimensions,
                             Map<String, String> attributes, List<VariableInfo> allVariables) {
        this(origin, format, time, space, variables, dimensions, attributes, allVariables, List.of());
    }

    /** Copies the collections. */
    public SourceDescription {
        files = List.copyOf(files);
        space = List.copyOf(space);
        variables = List.copyOf(variables);
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        allVariables = List.copyOf(allVariables);
    }

    /** Number of grid cells in one time step. */
    public long cellsPerStep() {
        long cells = 1;
        for (Axis a : space) {
            cells *= a.size();
        }
        return cells;
    }

    /** Bytes of values the selected variables hold in one time step, as stored. */
    public long bytesPerStep() {
        long bytes = 0;
        for (VariableInfo v : variables) {
            bytes += cellsPerStep() * storedSize(v.storedType());
        }
        return bytes;
    }

    private static int storedSize(String type) {
        return switch (type) {
            case "byte", "char", "ubyte" -> 1;
            case "short", "ushort" -> 2;
            case "double", "long", "int64", "uint64" -> 8;
            default -> 4;
        };
    }
}
