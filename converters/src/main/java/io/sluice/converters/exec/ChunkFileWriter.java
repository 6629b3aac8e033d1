package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.data.Batch;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one chunk's blocks to a file through the sink plugin of a format, as that sink writes any output: a
 * grid's steps as they are (a NetCDF file of the chunk looks like what {@code cdo splitseas} writes), a table's
 * rows. The chunk's labels are not written; a command reads them from its placeholders.
 *
 * <pre>{@code new ChunkFileWriter(Plugins.installed(), "netcdf").write(reader, context, scratch.resolve("input.nc"));}</pre>
 */
final class ChunkFileWriter {
    private final FormatPlugin plugin;
    private final String format;

    ChunkFileWriter(Plugins plugins, String format) {
        this.plugin = new FormatPlugin(plugins, format);
        this.format = format;
    }

    /** Writes every block of {@code input} to {@code file} and closes {@code input}. */
    void write(BatchReader input, RunContext context, Path file) throws IOException {
        try (input) {
            Sink sink = sinkFor(file);
            RunContext plain = new RunContext(context.pipelineName(), context.pipelineHash(), context.started(),
                    context.source(), List.of());
            SinkSession session = sink.begin(plain, StagingMode.FRESH);
            boolean committed = false;
            try {
                try (PartWriter part = session.part(0)) {
                    for (Batch b = input.next(); b != null; b = input.next()) {
                        part.write(tableOf(b, context.source()));
                    }
                }
                session.commit();
                committed = true;
            } finally {
                if (!committed) {
                    session.abort();
                }
            }
        }
    }

    private Sink sinkFor(Path file) {
        return plugin.sink(Config.ofType(format).atPath("exec input")
                .with("path", file.toString()), file, "cannot write the chunk to " + file);
    }

    private static Table tableOf(Batch batch, SourceDescription source) {
        if (batch instanceof GridBatch grid) {
            return GridTable.ofSteps(grid, source.variables()).build();
        }
        return (Table) batch;
    }
}
