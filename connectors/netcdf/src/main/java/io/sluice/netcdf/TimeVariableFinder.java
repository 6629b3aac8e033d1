package io.sluice.netcdf;

import io.sluice.core.config.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.Variable;

/**
 * Finds the time variable: the one named by the {@code time} setting, or else the first one-dimensional
 * numeric variable with {@code standard_name = time}, then with {@code axis = T}, then with units
 * {@code <unit> since <date>}, then named {@code time}. Variables along the first dimension of the first
 * requested variable are tried first, then coordinate variables, then the rest.
 */
final class TimeVariableFinder {
    private static final Pattern SINCE = Pattern.compile("\\s*[A-Za-z]+\\s+since\\s+.*", Pattern.CASE_INSENSITIVE);

    private TimeVariableFinder() {
    }

    /** The time variable, or null when the file has none; throws when the {@code time} setting is wrong. */
    static Variable find(OpenFile file, NetcdfSettings settings) {
        if (settings.time() != null) {
            return named(file, settings);
        }
        String preferredDim = null;
        if (settings.variables() != null && !settings.variables().isEmpty()) {
            Variable first = file.variable(settings.variables().get(0));
            if (first != null && first.getRank() > 0) {
                preferredDim = dimName(first.getDimension(0));
            }
        }
        List<Variable> candidates = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (Variable v : file.file().getVariables()) {
                if (isCandidate(v) && groupOf(v, preferredDim) == group) {
                    candidates.add(v);
                }
            }
        }
        for (int rule = 0; rule < 4; rule++) {
            for (Variable v : candidates) {
                if (matches(v, rule)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Variable named(OpenFile file, NetcdfSettings settings) {
        Variable v = file.variable(settings.time());
        if (v == null) {
            TreeSet<String> names = new TreeSet<>();
            for (Variable c : file.file().getVariables()) {
                if (isCandidate(c)) {
                    names.add(c.getFullName());
                }
            }
            throw settings.invalid("time", "'" + settings.time() + "' is not in " + settings.shown()
                    + "; one-dimensional variables: " + String.join(", ", names) + "."
                    + DidYouMean.hint(settings.time(), names));
        }
        if (!isCandidate(v)) {
            throw settings.invalid("time", "'" + settings.time() + "' cannot be the time variable: it is "
                    + v.getDataType().toString().toLowerCase(Locale.ROOT) + " (" + v.getDimensionsString()
                    + "); expected numbers along one dimension");
        }
        return v;
    }

    private static boolean isCandidate(Variable v) {
        return v.getRank() == 1 && v.getDataType().isNumeric();
    }

    private static int groupOf(Variable v, String preferredDim) {
        if (preferredDim != null && preferredDim.equals(dimName(v.getDimension(0)))) {
            return 0;
        }
        return v.isCoordinateVariable() ? 1 : 2;
    }

    private static boolean matches(Variable v, int rule) {
        return switch (rule) {
            case 0 -> "time".equals(text(v, "standard_name"));
            case 1 -> "T".equalsIgnoreCase(text(v, "axis"));
            case 2 -> text(v, "units") != null && SINCE.matcher(text(v, "units")).matches();
            default -> "time".equalsIgnoreCase(v.getShortName());
        };
    }

    private static String text(Variable v, String attribute) {
        Attribute a = v.findAttribute(attribute);
        return a == null || !a.isString() ? null : a.getStringValue().trim();
    }

    /** A dimension's name; anonymous dimensions are named by their length. */
    static String dimName(Dimension d) {
        return d.getShortName() == null ? String.valueOf(d.getLength()) : d.getShortName();
    }
}
