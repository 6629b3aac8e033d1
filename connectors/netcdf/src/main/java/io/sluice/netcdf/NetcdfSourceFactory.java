package io.sluice.netcdf;

import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates NetCDF sources (type id {@code netcdf}) for NetCDF-3 classic, 64-bit offset and NetCDF-4 files.
 * Settings: {@code path} (required, relative to the pipeline's folder: a file, a glob pattern such as
 * {@code data/tas_*.nc}, or a list of them, whose files are joined along time); {@code variables} (optional; by
 * default every data variable whose first dimension is time and whose dimensions match the largest such
 * variable); {@code time} (optional; by default the variable with {@code standard_name: time}, {@code axis: T}
 * or units {@code <unit> since <date>}, else the one named {@code time}). Found with
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * source:
 *   type: netcdf
 *   path: data/tas.nc
 *   variables: [tas]
 *   time: time          # optional
 * }</pre>
 */
public final class NetcdfSourceFactory implements SourceFactory {

    /** The factory ServiceLoader instantiates. */
    public NetcdfSourceFactory() {
    }

    @Override
    public String type() {
        return NetcdfSource.TYPE;
    }

    @Override
    public Source create(ConfigReader settings) {
        List<Path> paths = paths(settings);
        List<String> variables = settings.strings("variables", null);
        String time = settings.string("time", null);
        BadRecordPolicy.refuse(settings, "netcdf", "a grid has no records, its missing values are read as"
                + " missing, and a damaged file fails the run");
        if (variables != null) {
            checkNames(settings, variables);
        }
        if (time != null && time.isBlank()) {
            settings.problem("time", "is empty; name the time variable or leave the setting out");
        }
        if (paths == null) {
            return null;
        }
        Object written = settings.config().get("path");
        String shown = written instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf)
                .toList()) : String.valueOf(written);
        return new NetcdfFileSource(new NetcdfSettings(paths.get(0), shown, variables, time, settings.config(),
                paths));
    }

    /** The {@code path} setting: one path or glob pattern, or a list of them, resolved; null when missing. */
    private static List<Path> paths(ConfigReader settings) {
        if (!(settings.config().get("path") instanceof List)) {
            Path file = settings.file("path");
            return file == null ? null : List.of(file);
        }
        List<String> written = settings.strings("path", List.of());
        if (written.isEmpty()) {
            settings.problem("path", "is an empty list; name a NetCDF file, a glob pattern such as data/tas_*.nc,"
                    + " or a list of them");
            return null;
        }
        List<Path> out = new ArrayList<>();
        for (String w : written) {
            out.add(settings.baseDirectory().resolve(w).normalize());
        }
        return out;
    }

    private static void checkNames(ConfigReader settings, List<String> variables) {
        if (variables.isEmpty()) {
            settings.problem("variables", "is empty; list the variables to read, or leave the setting out to"
                    + " read every variable on the time grid");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < variables.size(); i++) {
            if (!seen.add(variables.get(i))) {
                settings.problem("variables[" + i + "]", "'" + variables.get(i) + "' is listed twice");
            }
        }
    }

    /** {@code nc}, {@code nc4}, {@code cdf} and {@code netcdf}. */
    @Override
    public Set<String> extensions() {
        return Set.of("nc", "nc4", "cdf", "netcdf");
    }

    @Override
    public boolean canRead(Path file) {
        return FileSignature.looksLikeNetcdf(file);
    }
}
