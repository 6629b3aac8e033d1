package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For {@code per: file}: the input file of a multi-file grid source whose time steps are exactly a chunk's, so
 * that the command reads the original file rather than a copy of the chunk. Each file's first and last time are
 * read once from its header (through the source plugin of the stage's format) and compared with the chunk's
 * first and last step; a chunk that is not one whole file fails, saying which split would fit.
 *
 * <pre>{@code Path original = new FileOfChunk(plugins, "netcdf").find(chunk, description, sourceFiles);}</pre>
 */
final class FileOfChunk {
    private final Plugins plugins;
    private final String format;
    private final Map<Path, double[]> spans = new ConcurrentHashMap<>();

    FileOfChunk(Plugins plugins, String format) {
        this.plugins = plugins;
        this.format = format;
    }

    /** The file of {@code files} that holds exactly the steps of {@code chunk}, or a {@link CommandFailure}. */
    Path find(Chunk chunk, SourceDescription run, List<Path> files) throws IOException {
        if (run.isTable() || !(chunk.slice() instanceof IndexRange range) || range.length() == 0) {
            throw new CommandFailure("per: file needs a grid source read in time ranges; " + chunk.describe()
                    + " is not one");
        }
        double first = run.time().value(range.start());
        double last = run.time().value(range.end() - 1);
        for (Path file : files) {
            double[] span = spans.computeIfAbsent(file, this::span);
            if (span[0] == first && span[1] == last && span[2] == range.length()) {
                return file;
            }
        }
        throw new CommandFailure("per: file runs the command on whole input files, and this chunk is not one of the "
                + files.size() + " file(s); choose a split that cuts at the files' ends (such"
                + " as { type: year } for yearly files), or leave per: chunk");
    }

    /** The first and last raw time and the number of steps of one file. */
    private double[] span(Path file) {
        try (Source source = new FormatPlugin(plugins, format).source(Config.ofType(format).atPath("exec per file")
                .with("path", file.toString()), file, file + ": cannot read its time axis")) {
            TimeAxis time = source.describe().time();
            return time.size() == 0 ? new double[] {Double.NaN, Double.NaN, 0}
                    : new double[] {time.value(0), time.value(time.size() - 1), time.size()};
        } catch (IOException | PipelineInvalidException e) {
            throw new CommandFailure(file + ": cannot read its time axis: " + e.getMessage());
        }
    }
}
