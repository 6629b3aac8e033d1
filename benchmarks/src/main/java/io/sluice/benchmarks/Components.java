package io.sluice.benchmarks;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.spi.Plugin;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Builds sources, splits, stages and sinks from the same settings a pipeline holds, through the installed
 * plugins, as the runner does: benchmarks measure the product's public path, not copies of its internals.
 *
 * <pre>{@code
 * Source s = Components.source(NetcdfSource.at("d3.nc", "tas"), dir);
 * Aggregation mean = (Aggregation) Components.stage(Statistics.mean().toConfig(), dir);
 * }</pre>
 */
public final class Components {
    private Components() {
    }

    /** A source from its settings; paths resolve against {@code dir}. */
    public static Source source(Config settings, Path dir) {
        return create(SourceFactory.class, settings, dir, f -> f::create);
    }

    /** A split from its settings. */
    public static Split split(Config settings, Path dir) {
        return create(SplitFactory.class, settings, dir, f -> f::create);
    }

    /** A stage from its settings. */
    public static Stage stage(Config settings, Path dir) {
        return create(StageFactory.class, settings, dir, f -> f::create);
    }

    /** A sink from its settings; paths resolve against {@code dir}. */
    public static Sink sink(Config settings, Path dir) {
        return create(SinkFactory.class, settings, dir, f -> f::create);
    }

    private static <F extends Plugin, T> T create(Class<F> kind, Config settings, Path dir,
                                                  Function<F, Function<ConfigReader, T>> maker) {
        String type = String.valueOf(settings.get("type"));
        F factory = Plugins.installed().find(kind, type).orElseThrow(() -> new IllegalStateException(
                "no " + kind.getSimpleName() + " of type '" + type + "' on the class path"));
        Problems problems = new Problems();
        T made = maker.apply(factory).apply(new ConfigReader(settings, problems, dir));
        problems.throwIfAny();
        return made;
    }
}
