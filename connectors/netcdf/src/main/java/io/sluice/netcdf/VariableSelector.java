package io.sluice.netcdf;

import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.Variable;

/**
 * Chooses the variables a source reads. Named variables must exist, be numeric, have the time dimension first
 * and share their dimensions. Without names, the data variables (numeric, not a coordinate, not named by a
 * {@code bounds}, {@code climatology} or {@code coordinates} attribute) whose first dimension is time are
 * candidates, and those with the same dimensions as the first candidate of the highest rank are read.
 */
final class VariableSelector {
    private VariableSelector() {
    }

    /** The selected variables; every problem with the {@code variables} setting is thrown together. */
    static List<Variable> select(OpenFile file, NetcdfSettings settings, Variable time) {
        List<Variable> candidates = candidates(file, time);
        return settings.variables() == null ? defaults(candidates) : named(file, settings, time, candidates);
    }

    private static List<Variable> defaults(List<Variable> candidates) {
        Variable reference = null;
        for (Variable v : candidates) {
            if (reference == null || v.getRank() > reference.getRank()) {
                reference = v;
            }
        }
        List<Variable> out = new ArrayList<>();
        for (Variable v : candidates) {
            if (dims(v).equals(dims(reference))) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<Variable> named(OpenFile file, NetcdfSettings settings, Variable time,
                                        List<Variable> candidates) {
        TreeSet<String> available = new TreeSet<>();
        candidates.forEach(v -> available.add(v.getFullName()));
        Problems problems = new Problems();
        List<Variable> out = new ArrayList<>();
        Variable first = null;
        for (int i = 0; i < settings.variables().size(); i++) {
            String name = settings.variables().get(i);
            String key = "variables[" + i + "]";
            Variable v = file.variable(name);
            if (v == null) {
                settings.problem(problems, key, "'" + name + "' is not in " + settings.shown() + "; available: "
                        + (available.isEmpty() ? "none on a time axis" : String.join(", ", available)) + "."
                        + DidYouMean.hint(name, available.isEmpty() ? allNames(file) : available));
            } else if (!v.getDataType().isNumeric()) {
                settings.problem(problems, key, "'" + name + "' holds " + v.getDataType() + " values; expected"
                        + " numbers");
            } else if (time != null && (v.getRank() == 0 || !v.getDimension(0).equals(time.getDimension(0)))) {
                settings.problem(problems, key, "'" + name + "' does not have time ('"
                        + TimeVariableFinder.dimName(time.getDimension(0)) + "') as its first dimension; its"
                        + " dimensions are (" + String.join(", ", dims(v)) + ")");
            } else if (first != null && !dims(v).equals(dims(first))) {
                settings.problem(problems, key, "'" + name + "' has dimensions (" + String.join(", ", dims(v))
                        + ") but '" + first.getFullName() + "' has (" + String.join(", ", dims(first))
                        + "); the variables of one source must share their dimensions");
            } else {
                first = first == null ? v : first;
                out.add(v);
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** Data variables along the time dimension, in file order; none when there is no time variable. */
    static List<Variable> candidates(OpenFile file, Variable time) {
        List<Variable> out = new ArrayList<>();
        if (time == null) {
            return out;
        }
        Set<String> auxiliary = auxiliaryNames(file);
        Dimension timeDim = time.getDimension(0);
        for (Variable v : file.file().getVariables()) {
            if (v.getDataType().isNumeric() && v.getRank() > 0 && v.getDimension(0).equals(timeDim)
                    && !v.isCoordinateVariable() && v != time && !auxiliary.contains(v.getShortName())) {
                out.add(v);
            }
        }
        return out;
    }

    private static Set<String> auxiliaryNames(OpenFile file) {
        Set<String> names = new HashSet<>();
        for (Variable v : file.file().getVariables()) {
            for (String attribute : List.of("bounds", "climatology", "coordinates")) {
                Attribute a = v.findAttribute(attribute);
                if (a != null && a.isString() && a.getStringValue() != null) {
                    names.addAll(List.of(a.getStringValue().trim().split("\\s+")));
                }
            }
        }
        return names;
    }

    private static Set<String> allNames(OpenFile file) {
        Set<String> names = new TreeSet<>();
        file.file().getVariables().forEach(v -> names.add(v.getFullName()));
        return names;
    }

    /** The names of a variable's dimensions, slowest first. */
    static List<String> dims(Variable v) {
        List<String> out = new ArrayList<>(v.getRank());
        for (Dimension d : v.getDimensions()) {
            out.add(TimeVariableFinder.dimName(d));
        }
        return out;
    }
}
