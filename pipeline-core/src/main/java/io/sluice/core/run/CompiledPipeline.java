package io.sluice.core.run;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.ChunkTransform;
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
import io.sluice.core.spi.TableTransform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A pipeline whose settings have been turned into plugin objects. Compiling checks every setting of every
 * component and reports all problems at once; it reads no data.
 *
 * <pre>{@code CompiledPipeline c = CompiledPipeline.compile(pipeline, Plugins.installed());}</pre>
 *
 * @param pipeline the pipeline compiled
 * @param source the source
 * @param split the split
 * @param chunkTransforms the stages that replace each chunk's data as a whole (such as a command), in stage
 *                        order, before the statistics and table stages
 * @param aggregations the statistics computed per chunk, in stage order
 * @param transforms the table stages applied to every table written, in stage order, after the statistics
 * @param sink the sink
 */
public record CompiledPipeline(Pipeline pipeline, Source source, Split split, List<ChunkTransform> chunkTransforms,
                               List<Aggregation> aggregations, List<TableTransform> transforms, Sink sink) {

    /**
     * Compiles every component; throws {@link io.sluice.core.config.PipelineInvalidException} listing all
     * problems when any setting is wrong.
     */
    public static CompiledPipeline compile(Pipeline pipeline, Plugins plugins) {
        Problems problems = new Problems();
        CompiledPipeline compiled = compile(pipeline, plugins, problems);
        problems.throwIfAny();
        return compiled;
    }

    /**
     * Compiles what can be compiled, recording every problem; components whose settings are wrong are null.
     * Used by validation, which goes on to check the source and the plan of whatever compiled.
     */
    public static CompiledPipeline compile(Pipeline pipeline, Plugins plugins, Problems problems) {
        Path base = pipeline.baseDirectory();
        Source source = create(plugins, SourceFactory.class, "source", pipeline.source(), base, problems,
                (f, r) -> f.create(r));
        Split split = create(plugins, SplitFactory.class, "split", pipeline.split(), base, problems,
                (f, r) -> f.create(r));
        List<ChunkTransform> chunkTransforms = new ArrayList<>();
        List<Aggregation> aggregations = new ArrayList<>();
        List<TableTransform> transforms = new ArrayList<>();
        String firstTransform = null;
        String firstRowStage = null;
        for (Config stageConfig : pipeline.stages()) {
            Stage stage = create(plugins, StageFactory.class, "stage", stageConfig, base, problems,
                    (f, r) -> f.create(r));
            if (stage != null && !(stage instanceof ChunkTransform) && firstRowStage == null) {
                firstRowStage = "'" + stage.type() + "' (" + stageConfig.path() + ")";
            }
            if (stage instanceof ChunkTransform c) {
                if (firstRowStage != null) {
                    problems.add(stageConfig.locationOf("type"), stageConfig.childPath("type"), "stage '" + c.type()
                            + "' comes after the stage " + firstRowStage + "; a stage that works on whole chunks"
                            + " takes the source's data: put it before the statistics and table stages");
                }
                chunkTransforms.add(c);
            } else if (stage instanceof Aggregation a) {
                if (firstTransform != null) {
                    problems.add(stageConfig.locationOf("type"), stageConfig.childPath("type"), "statistic '"
                            + a.statistic() + "' comes after the table stage " + firstTransform + "; statistics"
                            + " reduce the grid and table stages work on the rows of their result: put the"
                            + " statistics first");
                }
                checkCompatible(aggregations, a, stageConfig, problems);
                aggregations.add(a);
            } else if (stage instanceof TableTransform t) {
                if (firstTransform == null) {
                    firstTransform = "'" + t.type() + "' (" + stageConfig.path() + ")";
                }
                transforms.add(t);
            } else if (stage != null) {
                problems.add(stageConfig.location(), stageConfig.path(), "stage type '" + stage.type()
                        + "' is not supported by the local runner");
            }
        }
        Sink sink = create(plugins, SinkFactory.class, "sink", pipeline.sink(), base, problems,
                (f, r) -> f.create(r));
        RetryPolicy.read(pipeline.retries(), problems);
        return new CompiledPipeline(pipeline, source, split, List.copyOf(chunkTransforms), List.copyOf(aggregations),
                List.copyOf(transforms), sink);
    }

    private static void checkCompatible(List<Aggregation> previous, Aggregation next, Config config,
                                        Problems problems) {
        for (Aggregation a : previous) {
            if (!Objects.equals(a.groupBy(), next.groupBy())) {
                problems.add(config.locationOf("group-by"), config.childPath("group-by"), "every statistic of a"
                        + " pipeline must group the same way; an earlier stage has group-by "
                        + (a.groupBy() == null ? "none" : a.groupBy()));
            }
            if (a.statistic().equals(next.statistic())) {
                problems.add(config.locationOf("type"), config.childPath("type"), "statistic '"
                        + next.statistic() + "' is already computed by an earlier stage");
            }
        }
    }

    private static <F extends Plugin, T> T create(Plugins plugins, Class<F> kind, String what, Config config,
                                                  Path base, Problems problems,
                                                  BiFunction<F, ConfigReader, T> factory) {
        Object type = config.get("type");
        if (type == null) {
            problems.add(config.location(), config.childPath("type"), "is required; " + what + " types: "
                    + String.join(", ", plugins.types(kind)));
            return null;
        }
        var found = plugins.find(kind, String.valueOf(type));
        if (found.isEmpty()) {
            problems.add(config.locationOf("type"), config.childPath("type"), "unknown " + what + " type '" + type
                    + "'; expected one of " + String.join(", ", plugins.types(kind)) + "."
                    + DidYouMean.hint(String.valueOf(type), plugins.types(kind)));
            return null;
        }
        ConfigReader reader = new ConfigReader(config, problems, base);
        T created = factory.apply(found.get(), reader);
        reader.finish();
        return created;
    }
}
