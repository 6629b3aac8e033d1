package io.sluice.converters.split;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;
import java.nio.file.Path;
import java.util.List;

/** Creates splits the way the runner does (installed plugins, a config reader) and plans hand-built axes. */
final class Planning {
    private Planning() {
    }

    /** The plan of {@code split} over {@code time} with one float variable on 6 cells (24 bytes per step). */
    static ChunkPlan plan(Settings split, TimeAxis time) {
        Problems problems = new Problems();
        Split s = create(split, problems);
        problems.throwIfAny();
        return s.plan(Grids.description(time, 6, "tas"));
    }

    /** The problems found in {@code split}'s settings. */
    static List<Problem> problems(Settings split) {
        Problems problems = new Problems();
        create(split, problems);
        return problems.list();
    }

    private static Split create(Settings settings, Problems problems) {
        Config split = settings.toConfig();
        SplitFactory factory = Plugins.installed().find(SplitFactory.class, (String) split.get("type"))
                .orElseThrow();
        ConfigReader reader = new ConfigReader(split, problems, Path.of("."));
        Split created = factory.create(reader);
        reader.finish();
        return created;
    }

    static List<String> keys(ChunkPlan plan) {
        return plan.chunks().stream().map(Chunk::key).toList();
    }

    static List<Integer> lengths(ChunkPlan plan) {
        return plan.chunks().stream().map(c -> ((IndexRange) c.slice()).length()).toList();
    }

    static List<Boolean> completeness(ChunkPlan plan) {
        return plan.chunks().stream().map(Chunk::complete).toList();
    }
}
