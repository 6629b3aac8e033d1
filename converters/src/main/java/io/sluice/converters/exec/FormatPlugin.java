package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.spi.Plugin;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.nio.file.Path;
import java.util.function.BiFunction;

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
    Source source(Config config, Path file, String what) {
        return create(SourceFactory.class, "source", config, file, what, SourceFactory::create);
    }

    /** A sink writing {@code file} with {@code config}; {@code what} opens the failure's message. */
    Sink sink(Config config, Path file, String what) {
        return create(SinkFactory.class, "sink", config, file, what, SinkFactory::create);
    }

    private <F extends Plugin, T> T create(Class<F> kind, String role, Config config, Path file, String what,
                                           BiFunction<F, ConfigReader, T> make) {
        F factory = plugins.find(kind, format).orElseThrow(() ->
                new IllegalStateException("no " + format + " " + role + " is installed"));
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config, problems, file.getParent());
        T made = make.apply(factory, reader);
        reader.finish();
        if (problems.isEmpty()) {
            return made;
        }
        CommandFailure failure = failure(what, problems);
        if (made instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private CommandFailure failure(String what, Problems problems) {
        return new CommandFailure(what + " as " + format + ": " + String.join("; ",
                problems.list().stream().map(Problem::message).toList()));
    }
}
