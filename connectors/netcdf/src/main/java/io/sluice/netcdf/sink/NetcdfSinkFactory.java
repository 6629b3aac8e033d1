package io.sluice.netcdf.sink;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates NetCDF sinks (type id {@code netcdf}); found by {@link java.util.ServiceLoader}. Settings:
 * {@code path} (required, relative to the pipeline's folder; may hold {@code ${season}}, {@code ${year}} or
 * any other chunk label in its file name), {@code layout} ({@code single}, {@code per-season},
 * {@code per-season-year}; default {@code single}), {@code overwrite} (default true), {@code format}
 * ({@code netcdf3}, the default: 64-bit offset; or {@code netcdf4}, deflated, which needs the netCDF C library),
 * {@code deflate} (1..9, default 4; netcdf4 only) and {@code fallback} (default true: without the C library,
 * netcdf4 falls back to NetCDF-3 with a warning; false makes it an error). For tidy tables (CSV or Parquet rows,
 * or table stages' output): {@code dimensions} (the coordinate columns, slowest first; by default found by
 * name or {@code axis} attribute, see {@link GridSchema}), {@code variables} (default: every other number
 * column but the labels {@code year} and {@code month}) and {@code missing-cells} ({@code error}, the default,
 * or {@code fill}).
 *
 * <pre>{@code
 * sink: {type: netcdf, path: out/tas_seasmean.nc}
 * sink: {type: netcdf, path: "out/tas_${season}.nc", layout: per-season}
 * sink: {type: netcdf, path: out/tas_seasmean.nc, format: netcdf4, deflate: 5, fallback: false}
 * sink: {type: netcdf, path: out/tas.nc, dimensions: [time, lat, lon], variables: [tas], missing-cells: fill}
 * }</pre>
 */
public final class NetcdfSinkFactory implements SinkFactory {

    private static final Logger LOG = LoggerFactory.getLogger(NetcdfSinkFactory.class);
    private static final String NETCDF3 = "netcdf3";
    private static final String NETCDF4 = "netcdf4";
    private static final int DEFAULT_DEFLATE = 4;

    private final BooleanSupplier libraryPresent;

    /** The factory; ServiceLoader calls this. */
    public NetcdfSinkFactory() {
        this(NetcdfCLibrary::present);
    }

    /** A factory that asks {@code libraryPresent} whether NetCDF-4 can be written (tests). */
    NetcdfSinkFactory(BooleanSupplier libraryPresent) {
        this.libraryPresent = libraryPresent;
    }

    @Override
    public String type() {
        return NetcdfSink.TYPE;
    }

    /** {@code .nc} and {@code .cdf}, for {@code sluice convert}. */
    @Override
    public Set<String> extensions() {
        return Set.of("nc", "cdf");
    }

    @Override
    public Sink create(ConfigReader settings) {
        Path path = settings.file("path");
        List<String> ids = new ArrayList<>();
        for (FileLayout l : FileLayout.values()) {
            ids.add(l.id());
        }
        String layoutId = settings.choice("layout", FileLayout.SINGLE.id(), ids);
        boolean overwrite = settings.bool("overwrite", true);
        String format = settings.choice("format", NETCDF3, List.of(NETCDF3, NETCDF4));
        int deflate = (int) settings.integer("deflate", DEFAULT_DEFLATE, 1, 9);
        boolean fallback = settings.bool("fallback", true);
        List<String> dimensions = settings.strings("dimensions", List.of());
        List<String> variables = settings.strings("variables", List.of());
        String missingCells = settings.choice("missing-cells", "error", List.of("error", "fill"));
        if (NETCDF3.equals(format) && settings.config().has("deflate")) {
            settings.problem("deflate", "applies to format: netcdf4 only; NetCDF-3 files are not compressed");
        }
        boolean netcdf4 = NETCDF4.equals(format) && netcdf4Possible(settings, fallback);
        if (path == null || layoutId == null || format == null || dimensions == null || variables == null
                || missingCells == null) {
            return null;
        }
        FileLayout layout = FileLayout.of(layoutId);
        if (path.getFileName() == null || Files.isDirectory(path)) {
            settings.problem("path", "'" + path + "' is " + (path.getFileName() == null ? "not a file path"
                    : "a directory") + "; expected the NetCDF file to write, such as out/tas_seasmean.nc");
            return null;
        }
        String name = path.getFileName().toString();
        if (FileLayout.usesPlaceholders(path.getParent().toString())) {
            settings.problem("path", "'" + path + "' has a ${...} placeholder in its folder; only the file name"
                    + " may have them");
            return null;
        }
        if (layout == FileLayout.SINGLE && FileLayout.usesPlaceholders(name)) {
            settings.problem("layout", "is single, but the path '" + name + "' has ${...} placeholders; set"
                    + " layout: per-season or per-season-year, or name one file");
            return null;
        }
        if (!name.endsWith(".nc") && !name.endsWith(".nc3") && !name.endsWith(".cdf")) {
            settings.problem("path", "'" + name + "' does not end in .nc; expected a NetCDF file name such as"
                    + " tas_seasmean.nc");
            return null;
        }
        return new NetcdfFileSink(new NetcdfSinkSettings(path.getParent(), layout.pattern(name), layout,
                overwrite, netcdf4, deflate, dimensions, variables, "fill".equals(missingCells)));
    }

    /**
     * Whether NetCDF-4 can be written: the netCDF C library loads. Without it, the sink falls back to NetCDF-3
     * with a one-line warning, or, with {@code fallback: false}, the setting is a problem.
     */
    private boolean netcdf4Possible(ConfigReader settings, boolean fallback) {
        if (libraryPresent.getAsBoolean()) {
            return true;
        }
        String why = "the netCDF C library (libnetcdf, which netcdf-java needs to write NetCDF-4) is not installed";
        if (fallback) {
            LOG.warn("sink.format: netcdf4 asked, but {}; writing NetCDF-3 64-bit offset instead (install"
                    + " libnetcdf19, or set fallback: false to make this an error)", why);
        } else {
            settings.problem("format", "netcdf4 cannot be written: " + why + "; install it (Debian: apt-get install"
                    + " libnetcdf19) or use format: netcdf3");
        }
        return false;
    }
}
