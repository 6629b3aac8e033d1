package io.sluice.netcdf;

import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Several NetCDF files as one source along time, like xarray's {@code open_mfdataset} or {@code cdo mergetime}:
 * every file's header and coordinates are described once, the files are ordered by their first time value, and
 * their time axes are joined. The files must agree on the grid, the selected variables (dimensions, type,
 * units) and the time units and calendar, and their time ranges must not overlap; otherwise the error names
 * the file and what differs.
 *
 * <pre>{@code GridPlan plan = FileSeries.describe(settings, HandlePool::new);}</pre>
 */
final class FileSeries {
    private FileSeries() {
    }

    /** The plan of every file the settings name, joined along time. */
    static GridPlan describe(NetcdfSettings settings, Function<Path, HandlePool> pools) throws IOException {
        List<Path> files = FileSet.expand(settings);
        List<GridPlan> plans = new ArrayList<>();
        for (Path f : files) {
            plans.add(SourceDescriber.describe(settings.forFile(f, shown(settings, f)), pools.apply(f)));
        }
        if (plans.size() == 1) {
            return plans.get(0);
        }
        for (GridPlan p : plans) {
            if (p.time().size() == 0) {
                throw settings.invalid("path", p.members().get(0).shown() + " has no time steps; every file of a"
                        + " multi-file source must hold steps along time");
            }
        }
        GridPlan first = plans.get(0);
        for (GridPlan p : plans.subList(1, plans.size())) {
            FileAgreement.check(settings, first, p);
        }
        plans.sort(Comparator.comparingDouble(p -> p.time().value(0)));
        for (int i = 1; i < plans.size(); i++) {
            GridPlan before = plans.get(i - 1);
            GridPlan after = plans.get(i);
            if (!(after.time().value(0) > before.time().value(before.time().size() - 1))) {
                throw settings.invalid("path", after.members().get(0).shown() + " (" + range(after.time())
                        + ") overlaps " + before.members().get(0).shown() + " (" + range(before.time())
                        + "); expected files whose time ranges follow each other");
            }
        }
        return join(settings, plans);
    }

    private static GridPlan join(NetcdfSettings settings, List<GridPlan> plans) {
        List<Member> members = new ArrayList<>();
        List<TimeAxis> axes = new ArrayList<>();
        List<String> shownFiles = new ArrayList<>();
        int start = 0;
        for (GridPlan p : plans) {
            Member m = p.members().get(0).at(start);
            members.add(m);
            axes.add(p.time());
            shownFiles.add(m.shown() + " (" + range(p.time()) + ", " + p.time().size() + " steps)");
            start = m.end();
        }
        GridPlan first = plans.get(0);
        SourceDescription d = first.description();
        Map<String, Integer> dimensions = new LinkedHashMap<>(d.dimensions());
        dimensions.put(first.timeDimension(), start);
        SourceDescription joined = new SourceDescription(settings.shown(), d.format() + ", " + plans.size()
                + " files", TimeAxes.join(axes), d.space(), d.variables(), dimensions, d.attributes(),
                d.allVariables(), shownFiles);
        return new GridPlan(joined, first.timeDimension(), first.names(), members);
    }

    private static String range(TimeAxis t) {
        return t.label(0) + " .. " + t.label(t.size() - 1);
    }

    /** A file as messages show it: the pattern's folder as written, and the file's name. */
    private static String shown(NetcdfSettings settings, Path file) {
        Path written = Path.of(settings.shown().replace("[", "").replace("]", "").split(",")[0].trim());
        Path folder = written.getParent();
        return folder == null ? file.getFileName().toString() : folder.resolve(file.getFileName()).toString();
    }

    /** For messages about a variable. */
    static String text(VariableInfo v) {
        return v.name() + "(" + String.join(", ", v.dimensions()) + ") " + v.storedType()
                + (v.units().isEmpty() ? "" : " in " + v.units());
    }
}
