package io.sluice.netcdf.sink;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a tidy table (one row per cell) maps onto a grid: which columns are the dimensions, in order, and which
 * become variables (the {@code variables} setting, or by default every other number column). Dimensions are the {@code dimensions} setting or, when it is not given, the columns found
 * by CF's axis order T, Z, Y, X: an {@code axis} attribute, else the names {@code time}; {@code level},
 * {@code lev}, {@code plev}, {@code height}, {@code depth}; {@code lat}, {@code latitude}; {@code lon},
 * {@code longitude}. Every other FLOAT, DOUBLE, INT or LONG column is a variable, except the chunk labels (such
 * as {@code year}); text, boolean, date and timestamp columns that are not dimensions are not written.
 *
 * <pre>{@code GridSchema s = GridSchema.of(table, List.of("time", "lat", "lon"), List.of(), Set.of("season"));}</pre>
 *
 * @param dimensions the dimensions, slowest first (the first is the unlimited record dimension)
 * @param dimensionColumns the dimensions' column positions
 * @param variables the variables, in column order
 * @param variableColumns the variables' column positions
 */
record GridSchema(List<GridDimension> dimensions, List<Integer> dimensionColumns,
                  List<OutputVariable> variables, List<Integer> variableColumns) {
    private static final List<List<String>> DEFAULT_NAMES = List.of(List.of("time"),
            List.of("level", "lev", "plev", "height", "depth"), List.of("lat", "latitude"),
            List.of("lon", "longitude"));
    private static final List<String> AXES = List.of("T", "Z", "Y", "X");
    private static final List<String> SPLIT_LABELS = List.of("year", "month");

    /**
     * The schema of {@code table}; {@code named} the dimensions' columns (empty: found by the defaults).
     * Throws {@link IllegalArgumentException} with a one-line reason when the table does not fit.
     */
    static GridSchema of(Table table, List<String> named, List<String> chosen, Collection<String> labels) {
        List<Integer> dimensionColumns = named.isEmpty() ? found(table) : byName(table, named);
        List<GridDimension> dimensions = new ArrayList<>();
        for (int c : dimensionColumns) {
            dimensions.add(GridDimension.of(table.columns().get(c)));
        }
        List<OutputVariable> variables = new ArrayList<>();
        List<Integer> variableColumns = new ArrayList<>();
        List<Integer> candidates = chosen.isEmpty() ? null : byName(table, chosen, "variables");
        for (int c = 0; c < table.columns().size(); c++) {
            Column col = table.columns().get(c);
            ColumnType t = col.type();
            boolean numeric = t.isFloatingPoint() || t == ColumnType.INT || t == ColumnType.LONG;
            boolean wanted = candidates == null ? !labels.contains(col.name()) && !SPLIT_LABELS.contains(col.name())
                    : candidates.contains(c);
            if (wanted && candidates != null && (!numeric || dimensionColumns.contains(c))) {
                throw new IllegalArgumentException("variables: '" + col.name() + "' is " + (numeric
                        ? "a dimension" : t + ", not a number") + "; a variable is a FLOAT, DOUBLE, INT or LONG"
                        + " column that is not a dimension");
            }
            if (wanted && numeric && !dimensionColumns.contains(c)) {
                variables.add(new OutputVariable(col.name(), t, col.attributes()));
                variableColumns.add(c);
            }
        }
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("no column besides the dimensions " + names(dimensions)
                    + " holds numbers to write; columns: " + table.columnNames());
        }
        return new GridSchema(List.copyOf(dimensions), List.copyOf(dimensionColumns), List.copyOf(variables),
                List.copyOf(variableColumns));
    }

    private static List<Integer> byName(Table table, List<String> named) {
        return byName(table, named, "dimensions");
    }

    private static List<Integer> byName(Table table, List<String> named, String setting) {
        List<Integer> out = new ArrayList<>();
        for (String n : named) {
            int c = table.columnNames().indexOf(n);
            if (c < 0) {
                throw new IllegalArgumentException(setting + ": '" + n + "' is not a column; columns: "
                        + table.columnNames());
            }
            if (out.contains(c)) {
                throw new IllegalArgumentException(setting + ": '" + n + "' is named twice");
            }
            out.add(c);
        }
        return out;
    }

    private static List<Integer> found(Table table) {
        List<Integer> out = new ArrayList<>();
        List<String> names = table.columnNames();
        for (int a = 0; a < AXES.size(); a++) {
            int match = -1;
            for (int c = 0; c < names.size() && match < 0; c++) {
                String axis = table.columns().get(c).attributes().getOrDefault("axis", "");
                if (axis.equalsIgnoreCase(AXES.get(a))) {
                    match = c;
                }
            }
            for (int c = 0; c < names.size() && match < 0; c++) {
                if (DEFAULT_NAMES.get(a).contains(names.get(c).toLowerCase(Locale.ROOT))) {
                    match = c;
                }
            }
            if (match >= 0 && !out.contains(match)) {
                out.add(match);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no column is a dimension by default (time, level, lat, lon or"
                    + " an axis attribute); name them with dimensions: [...]; columns: " + names);
        }
        return out;
    }

    /** The dimensions' names. */
    List<String> dimensionNames() {
        return names(dimensions);
    }

    private static List<String> names(List<GridDimension> dims) {
        List<String> out = new ArrayList<>();
        for (GridDimension d : dims) {
            out.add(d.name());
        }
        return out;
    }

    /** Whether {@code table}'s columns give the same schema (names, types, attributes). */
    boolean sameAs(GridSchema other) {
        if (dimensions.size() != other.dimensions.size() || !variables.equals(other.variables)) {
            return false;
        }
        for (int i = 0; i < dimensions.size(); i++) {
            GridDimension a = dimensions.get(i);
            GridDimension b = other.dimensions.get(i);
            if (!a.name().equals(b.name()) || a.type() != b.type() || !a.attributes().equals(b.attributes())) {
                return false;
            }
        }
        return true;
    }

    /** Values staged per row: the coordinates, then the variables. */
    int width() {
        return dimensions.size() + variables.size();
    }
}
