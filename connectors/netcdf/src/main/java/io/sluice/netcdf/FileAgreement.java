package io.sluice.netcdf;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import java.util.List;

/**
 * Checks that a file of a multi-file source agrees with the first one: same time variable, units and calendar,
 * same spatial grid, same selected variables with the same dimensions, type and units. The error names the
 * file and what differs.
 */
final class FileAgreement {
    private FileAgreement() {
    }

    static void check(NetcdfSettings settings, GridPlan first, GridPlan other) {
        String a = first.members().get(0).shown();
        String b = other.members().get(0).shown();
        TimeAxis ta = first.time();
        TimeAxis tb = other.time();
        differ(settings, !ta.name().equals(tb.name()), b, "has time variable '" + tb.name() + "'", a,
                "'" + ta.name() + "'");
        differ(settings, !ta.units().equals(tb.units()), b, "has time units '" + tb.units() + "'", a,
                "'" + ta.units() + "'");
        differ(settings, !ta.calendar().equals(tb.calendar()), b, "has calendar '" + tb.calendar() + "'", a,
                "'" + ta.calendar() + "'");
        List<Axis> sa = first.space();
        List<Axis> sb = other.space();
        differ(settings, sa.size() != sb.size(), b, "has spatial axes " + sb, a, sa.toString());
        for (int i = 0; i < sa.size(); i++) {
            Axis x = sa.get(i);
            Axis y = sb.get(i);
            differ(settings, !x.equals(y), b, "has axis " + y.name() + " of " + y.size() + " values "
                    + span(y), a, x.name() + " of " + x.size() + " values " + span(x));
        }
        List<VariableInfo> va = first.description().variables();
        List<VariableInfo> vb = other.description().variables();
        differ(settings, va.size() != vb.size(), b, "has variables " + names(vb), a, names(va).toString());
        for (int i = 0; i < va.size(); i++) {
            VariableInfo x = va.get(i);
            VariableInfo y = vb.get(i);
            boolean same = x.name().equals(y.name()) && x.dimensions().equals(y.dimensions())
                    && x.valueType() == y.valueType() && x.units().equals(y.units());
            differ(settings, !same, b, "has " + FileSeries.text(y), a, FileSeries.text(x));
        }
    }

    private static void differ(NetcdfSettings settings, boolean differs, String file, String what, String first,
                               String expected) {
        if (differs) {
            throw settings.invalid("path", file + " " + what + " but " + first + " has " + expected
                    + "; the files of one source must agree");
        }
    }

    private static String span(Axis a) {
        return a.size() == 0 ? "[]" : "[" + a.value(0) + " .. " + a.value(a.size() - 1) + "]";
    }

    private static List<String> names(List<VariableInfo> vs) {
        return vs.stream().map(VariableInfo::name).toList();
    }
}
