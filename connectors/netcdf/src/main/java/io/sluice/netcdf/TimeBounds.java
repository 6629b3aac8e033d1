package io.sluice.netcdf;

import io.sluice.core.data.TimeAxis;
import java.io.IOException;
import ucar.nc2.Attribute;
import ucar.nc2.Variable;

/**
 * The CF cell bounds of the time axis: the variable named by the time variable's {@code bounds} attribute
 * (such as {@code time_bnds(time, bnds)}), in the time variable's units. A {@code bounds} attribute naming a
 * variable that is missing or not shaped (time, 2) is an error naming both, since the file contradicts itself.
 */
final class TimeBounds {
    private TimeBounds() {
    }

    /** The bounds variable of {@code time}, or null when it has no {@code bounds} attribute. */
    static Variable of(NetcdfSettings settings, OpenFile file, Variable time) throws IOException {
        Attribute a = time.findAttribute("bounds");
        if (a == null || !a.isString() || a.getStringValue() == null || a.getStringValue().isBlank()) {
            return null;
        }
        String name = a.getStringValue().trim();
        Variable bounds = file.variable(name);
        String where = settings.shown() + ": time variable '" + time.getFullName() + "' has bounds '" + name + "'";
        if (bounds == null) {
            throw new IOException(where + ", which is not in the file; expected a variable ("
                    + TimeVariableFinder.dimName(time.getDimension(0)) + ", 2)");
        }
        if (bounds.getRank() != 2 || !bounds.getDimension(0).equals(time.getDimension(0))
                || bounds.getShape(1) != 2 || !bounds.getDataType().isNumeric()) {
            throw new IOException(where + " shaped (" + bounds.getDimensionsString()
                    + "); expected numbers shaped (" + TimeVariableFinder.dimName(time.getDimension(0)) + ", 2)");
        }
        return bounds;
    }

    /** {@code time} with the bounds held in {@code pairs} (lower, upper for every step). */
    static TimeAxis attach(TimeAxis time, String name, double[] pairs) {
        int n = time.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = pairs[2 * i];
            upper[i] = pairs[2 * i + 1];
        }
        return time.withBounds(name, lower, upper);
    }
}
