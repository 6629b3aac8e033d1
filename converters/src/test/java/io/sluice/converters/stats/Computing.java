package io.sluice.converters.stats;

import io.sluice.converters.fixtures.Grids;
import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.data.GridBatch;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.StageFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Creates statistics the way the runner does (installed plugins, a config reader) and runs them on blocks. */
final class Computing {
    private Computing() {
    }

    /** The statistic configured by {@code stage}; fails on any problem. */
    static Aggregation aggregation(Settings stage) {
        Problems problems = new Problems();
        Aggregation a = create(stage, problems);
        problems.throwIfAny();
        return a;
    }

    /** The problems found in {@code stage}'s settings. */
    static List<Problem> problems(Settings stage) {
        Problems problems = new Problems();
        create(stage, problems);
        return problems.list();
    }

    /** A fresh accumulator of {@code stage} over {@code cells} cells of the given variables. */
    static Accumulator start(Settings stage, int cells, String... variables) {
        SourceDescription description = Grids.description(TimeAxes.steps(0), cells, variables);
        return aggregation(stage).start(description);
    }

    /** The finished statistic over all {@code batches}, added in order to one accumulator. */
    static Map<String, double[]> compute(Settings stage, int cells, List<GridBatch> batches, String... variables) {
        Accumulator acc = start(stage, cells, variables);
        for (GridBatch b : batches) {
            acc.add(b);
        }
        return acc.finish();
    }

    private static Aggregation create(Settings settings, Problems problems) {
        Config stage = settings.toConfig();
        StageFactory factory = Plugins.installed().find(StageFactory.class, (String) stage.get("type")).orElseThrow();
        ConfigReader reader = new ConfigReader(stage, problems, Path.of("."));
        Aggregation a = (Aggregation) factory.create(reader);
        reader.finish();
        return a;
    }
}
