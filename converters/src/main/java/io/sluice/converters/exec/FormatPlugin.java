package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A format's source or sink for one file the exec stage reads or writes, made by the format's own plugin from
 * plain settings ({@code path} and a few more); a problem those settings have (which the user did not write)
 * becomes a {@link CommandFailure} naming the file, failing the chunk rather than the pipeline.
 *
 * <pre>{@code
 * Source s = new FormatPlugin(Plugins.installed(), "netcdf").source(Config.ofType("netcdf")
 *         .atPath("exec output").with("path", file.toString()), file, "the command's output " + file);
 * }</pre>
 */
final class FormatPlugin {
    private final Plugins plugins;
    private final String format;

    FormatPlugin(Plugins plugins, String format) {
        this.plugins = plugins;
        this.format = format;
    }

    /** A source of {@code file} with {@code config}; {@code what} opens the failure's message. */
    Source source(Config config, Path file, String what) throws IOException {
        SourceFactory factory = plugins.find(SourceFactory.class, format).orElseThrow(() ->
                new IllegalStateException("no " + format + " source is installed"));
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config, problems, file.getParent());
        Source source = factory.create(reader);
        reader.finish();
        if (!problems.isEmpty()) {
            if (source != null) {
                source.close();
            }
            throw failure(what, problems);
        }
        return source;
    }

    /** A sink writing {@code file} with {@code config}; {@code what} opens the failure's message. */
    Sink sink(Config config, Path file, String what) {
        SinkFactory factory = plugins.find(SinkFactory.class, format).orElseThrow(() ->
                new IllegalStateException("no " + format + " sink is installed"));
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config, problems, file.getParent());
        Sink sink = factory.create(reader);
        reader.finish();
        if (!problems.isEmpty()) {
            throw failure(what, problems);
        }
        return sink;
    }

    private CommandFailure failure(String what, Problems problems) {
        return new CommandFailure(what + " as " + format + ": " + String.join("; ",
                problems.list().stream().map(Problem::message).toList()));
    }
}
