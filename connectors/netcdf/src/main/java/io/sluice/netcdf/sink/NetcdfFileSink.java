package io.sluice.netcdf.sink;

import io.sluice.core.sink.OutputFiles;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NetCDF files as a pipeline's output; each run stages its parts and files in the {@link StagingDirectory} beside
 * them (named after the file name pattern), kept when a run fails after completing chunks so that it can be
 * resumed.
 */
final class NetcdfFileSink implements Sink {
    private final NetcdfSinkSettings settings;

    NetcdfFileSink(NetcdfSinkSettings settings) {
        this.settings = settings;
    }

    /** Refused: the files' time units, calendar and attributes come from the run's context. */
    @Override
    public SinkSession begin() throws IOException {
        throw new IOException(target() + ": the netcdf sink needs the run's context; call begin(RunContext)");
    }

    /**
     * Creates the folder when missing and a staging folder in it. Rows of a table source, or any results when
     * {@code dimensions} is set, are gridded by a {@link TidyGridSession}; grids by a {@link StagedNetcdfSession}. Fails at once, before any data is read, when
     * the file name uses a label the results do not carry, or the single target exists while {@code overwrite}
     * is false.
     */
    @Override
    public SinkSession begin(RunContext context) throws IOException {
        return begin(context, StagingMode.FRESH);
    }

    /** As {@link #begin(RunContext)}, starting staging afresh or keeping an interrupted run's parts for resume. */
    @Override
    public SinkSession begin(RunContext context, StagingMode mode) throws IOException {
        FileLayout.checkLabels(target(), settings.pattern(), context.labels());
        Files.createDirectories(settings.folder());
        Path target = settings.target();
        if (settings.layout() == FileLayout.SINGLE && !settings.overwrite() && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists and overwrite is false; remove it or set overwrite: true");
        }
        String plain = settings.pattern().replace("${", "").replace("}", "");
        StagingDirectory staging = StagingDirectory.open(settings.folder().resolve(plain), mode, OutputFiles.disk());
        if (context.source().isTable() || !settings.dimensions().isEmpty()) {
            if (settings.layout() != FileLayout.SINGLE) {
                staging.delete();
                throw new IOException(target() + ": layout " + settings.layout().id() + " is for grids; rows of"
                        + " a table are written to one file (layout: single)");
            }
            return new TidyGridSession(settings, context, staging);
        }
        return new StagedNetcdfSession(settings, context, staging);
    }

    @Override
    public String target() {
        return settings.target().toString();
    }

    @Override
    public String toString() {
        return "netcdf sink " + target();
    }
}
