package io.sluice.netcdf.sink;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates NetCDF sinks (type id {@code netcdf}); found by {@link java.util.ServiceLoader}. Settings:
 * {@code path} (required, relative to the pipeline's folder; may hold {@code ${season}}, {@code ${year}} or
 * any other chunk label in its file name), {@code layout} ({@code single}, {@code per-season},
 * {@code per-season-year}; default {@code single}) and {@code overwrite} (default true).
 *
 * <pre>{@code
 * sink: {type: netcdf, path: out/tas_seasmean.nc}
 * sink: {type: netcdf, path: out/tas_${season}.nc, layout: per-season}
 * }</pre>
 */
public final class NetcdfSinkFactory implements SinkFactory {

    /** The factory; ServiceLoader calls this. */
    public NetcdfSinkFactory() {
    }

    @Override
    public String type() {
        return NetcdfSink.TYPE;
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
        if (path == null || layoutId == null) {
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
                overwrite));
    }
}
