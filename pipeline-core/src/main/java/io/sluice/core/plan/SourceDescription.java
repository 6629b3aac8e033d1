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
 * What a source holds, learnt without reading data values. A grid source gives its decoded time axis, spatial
 * axes, selected variables, dimensions and global attributes. A table source gives its selected columns (as
 * {@link #variables()}, without dimensions), its file metadata, and the {@link #parts()} it can be read in; its
 * time axis is {@link TimeAxis#none()} and it has no spatial axes.
 *
 * <pre>{@code
 * SourceDescription d = source.describe();
 * d.time().size();        // number of time steps
 * d.bytesPerStep();       // bytes of the selected variables in one time step
 * SourceDescription t = SourceDescription.ofTable("obs.csv", "CSV", columns, Map.of(), parts);
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
 * @param shape whether the source is a grid or a table
 * @param parts for a table, the pieces it can be read in, in row order; empty for a grid
 */
public record SourceDescription(String origin, String format, TimeAxis time, List<Axis> space,
                                List<VariableInfo> variables, Map<String, Integer> dimensions,
                                Map<String, String> attributes, List<VariableInfo> allVariables,
                                List<String> files, Shape shape, List<TablePart> parts)
        implements Serializable {

    /** The two shapes of data. */
    public enum Shape {
        /** Variables over a time axis and spatial axes. */
        GRID,
        /** Typed columns and rows. */
        TABLE
    }

    /** A grid's description from a single file (no file list). */
    public SourceDescription(String origin, String format, TimeAxis time, List<Axis> space,
                             List<VariableInfo> variables, Map<String, Integer> dimensions,
                             Map<String, String> attributes, List<VariableInfo> allVariables) {
        this(origin, format, time, space, variables, dimensions, attributes, allVariables, List.of());
    }

    /** A grid's description, from the files listed. */
    public SourceDescription(String origin, String format, TimeAxis time, List<Axis> space,
                             List<VariableInfo> variables, Map<String, Integer> dimensions,
                             Map<String, String> attributes, List<VariableInfo> allVariables,
                             List<String> files) {
        this(origin, format, time, space, variables, dimensions, attributes, allVariables, files, Shape.GRID,
                List.of());
    }

    /** Copies the collections. */
    public SourceDescription {
        files = List.copyOf(files);
        space = List.copyOf(space);
        variables = List.copyOf(variables);
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        allVariables = List.copyOf(allVariables);
        parts = List.copyOf(parts);
    }

    /**
     * A table's description: its selected columns, every column (for inspection), file metadata and parts.
     */
    public static SourceDescription ofTable(String origin, String format, List<VariableInfo> columns,
                                            List<VariableInfo> allColumns, Map<String, String> attributes,
                                            List<TablePart> parts) {
        return new SourceDescription(origin, format, TimeAxis.none(), List.of(), columns, Map.of(), attributes,
                allColumns, List.of(), Shape.TABLE, parts);
    }

    /** Whether the source is a table. */
    public boolean isTable() {
        return shape == Shape.TABLE;
    }

    /** Rows of a table known from its metadata, or -1 when any part does not know its rows before reading. */
    public long estimatedRows() {
        long rows = 0;
        for (TablePart p : parts) {
            if (p.estimatedRows() < 0) {
                return -1;
            }
            rows += p.estimatedRows();
        }
        return rows;
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
