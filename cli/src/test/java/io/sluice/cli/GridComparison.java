package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import ucar.ma2.Array;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * Compares two NetCDF files read with netcdf-java: the same coordinates (values as doubles, exactly), the same
 * time units and calendar, and for each data variable the same missing cells (NaN or the variable's
 * {@code _FillValue} / {@code missing_value}) and bit-identical values elsewhere.
 */
final class GridComparison {
    private GridComparison() {
    }

    /** Asserts that {@code actual} holds the grid of {@code expected} for {@code variables}. */
    static void assertSameGrid(Path expected, Path actual, String time, String[] axes, String... variables)
            throws IOException {
        try (NetcdfFile e = NetcdfFile.open(expected.toString()); NetcdfFile a = NetcdfFile.open(actual.toString())) {
            Variable et = e.findVariable(time);
            Variable at = a.findVariable(time);
            assertThat(at.findAttribute("units").getStringValue()).isEqualTo(et.findAttribute("units").getStringValue());
            assertThat(calendar(at)).isEqualTo(calendar(et));
            for (String axis : concat(time, axes)) {
                assertThat((double[]) a.findVariable(axis).read().get1DJavaArray(double.class)).as(axis)
                        .containsExactly((double[]) e.findVariable(axis).read().get1DJavaArray(double.class));
            }
            assertSameValues(e, a, variables);
        }
    }

    /**
     * Asserts that {@code actual}'s {@code variables} have the shape, type, missing cells and bit-identical
     * values of {@code expected}'s, whatever their coordinates' encoding.
     */
    static void assertSameValues(Path expected, Path actual, String... variables) throws IOException {
        try (NetcdfFile e = NetcdfFile.open(expected.toString()); NetcdfFile a = NetcdfFile.open(actual.toString())) {
            assertSameValues(e, a, variables);
        }
    }

    private static void assertSameValues(NetcdfFile e, NetcdfFile a, String... variables) throws IOException {
        for (String name : variables) {
            Variable ev = e.findVariable(name);
            Variable av = a.findVariable(name);
            assertThat(av.getShape()).as(name).containsExactly(ev.getShape());
            assertThat(av.getDataType()).as(name).isEqualTo(ev.getDataType());
            Array ea = ev.read();
            Array aa = av.read();
            int missing = 0;
            for (int i = 0; i < ea.getSize(); i++) {
                double x = ea.getDouble(i);
                double y = aa.getDouble(i);
                boolean xMissing = isMissing(ev, x);
                assertThat(isMissing(av, y)).as("%s cell %d missing", name, i).isEqualTo(xMissing);
                if (xMissing) {
                    missing++;
                } else {
                    assertThat(Float.floatToRawIntBits(aa.getFloat(i))).as("%s cell %d", name, i)
                            .isEqualTo(Float.floatToRawIntBits(ea.getFloat(i)));
                    assertThat(y).as("%s cell %d", name, i).isEqualTo(x);
                }
            }
            assertThat(missing).as("%s: missing cells compared", name).isLessThan((int) ea.getSize());
        }
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String calendar(Variable v) {
        Attribute c = v.findAttribute("calendar");
        return c == null ? "standard" : c.getStringValue();
    }

    private static boolean isMissing(Variable v, double x) {
        if (Double.isNaN(x)) {
            return true;
        }
        for (String name : new String[] {"_FillValue", "missing_value"}) {
            Attribute fill = v.findAttribute(name);
            if (fill != null && fill.getNumericValue() != null && fill.getNumericValue().doubleValue() == x) {
                return true;
            }
        }
        return false;
    }
}
