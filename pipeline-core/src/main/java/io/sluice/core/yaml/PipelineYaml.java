package io.sluice.core.yaml;

import io.sluice.core.config.Config;
import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a pipeline file into the same {@link Pipeline} the Java DSL builds. Relative paths in it resolve
 * against the file's folder. Every problem is reported with file, line and column, all at once.
 *
 * <pre>{@code
 * Pipeline p = PipelineYaml.load(Path.of("examples/seasonal-means/pipeline.yaml"));
 * }</pre>
 *
 * <p>Accepted keys: {@code pipeline} (name), {@code source}, {@code split}, {@code stages} (a list),
 * {@code sink}, and optionally {@code schedule} (kept as settings for the scheduler) and {@code retries}
 * ({@code max}, {@code backoff}). Only plain YAML data is accepted: no type tags, no duplicate keys, at most
 * {@value #MAX_BYTES} bytes.
 */
public final class PipelineYaml {
    /** The largest pipeline file accepted. */
    public static final int MAX_BYTES = 1 << 20;
    private static final List<String> ROOT_KEYS = List.of("pipeline", "source", "split", "stages", "sink",
            "schedule", "retries");

    private PipelineYaml() {
    }

    /** Reads a pipeline file; throws {@link io.sluice.core.config.PipelineInvalidException} with all problems. */
    public static Pipeline load(Path file) {
        Problems problems = new Problems();
        Pipeline pipeline = read(file, problems);
        problems.throwIfAny();
        return pipeline;
    }

    /** Reads a pipeline file, recording problems; returns null when no pipeline could be built. */
    public static Pipeline read(Path file, Problems problems) {
        String origin = file.toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                problems.add(Location.of(origin, 0, 0), "", "is a directory; expected a pipeline file (.yaml)");
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                problems.add(Location.of(origin, 0, 0), "", "is " + Files.size(file) + " bytes; a pipeline file "
                        + "may have at most " + MAX_BYTES);
                return null;
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            problems.add(Location.of(origin, 0, 0), "", "no such file");
            return null;
        } catch (CharacterCodingException e) {
            problems.add(Location.of(origin, 0, 0), "", "is not UTF-8 text");
            return null;
        } catch (IOException e) {
            problems.add(Location.of(origin, 0, 0), "", "cannot be read: " + e.getMessage());
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(text, origin, folder, problems);
    }

    /** Reads pipeline text; {@code origin} names it in messages and {@code folder} anchors relative paths. */
    public static Pipeline parse(String text, String origin, Path folder, Problems problems) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(origin).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(20).setAllowRecursiveKeys(false).setCodePointLimit(MAX_BYTES)
                    .build();
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark)
                    .map(m -> Location.of(origin, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(Location.of(origin, 0, 0));
            problems.add(at, "", "not valid YAML: " + oneLine(e.getProblem() == null ? e.getContext() : e.getProblem()));
            return null;
        } catch (YamlEngineException e) {
            problems.add(Location.of(origin, 0, 0), "", "not valid YAML: " + oneLine(e.getMessage()));
            return null;
        }
        if (root.isEmpty()) {
            problems.add(Location.of(origin, 0, 0), "", "is empty; expected keys " + String.join(", ", ROOT_KEYS));
            return null;
        }
        return build(root.get(), origin, folder, problems);
    }

    private static Pipeline build(Node root, String origin, Path folder, Problems problems) {
        YamlTree tree = new YamlTree(origin, problems);
        if (!(root instanceof MappingNode map)) {
            problems.add(tree.locationOf(root), "", "expected a mapping with keys " + String.join(", ", ROOT_KEYS)
                    + ", got " + YamlTree.describe(root));
            return null;
        }
        Pipeline.Builder builder = null;
        Config source = null;
        Config sink = null;
        Config split = null;
        Config schedule = null;
        Config retries = null;
        List<Config> stages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            Node value = tuple.getValueNode();
            Location keyAt = tree.locationOf(tuple.getKeyNode());
            if (!seen.add(key)) {
                problems.add(keyAt, key, "duplicate key; each setting may appear once");
                continue;
            }
            switch (key) {
                case "pipeline" -> builder = name(value, tree, problems);
                case "source" -> source = tree.mapping(value, "source");
                case "split" -> split = tree.mapping(value, "split");
                case "sink" -> sink = tree.mapping(value, "sink");
                case "stages" -> stages = stages(value, tree, problems);
                case "schedule" -> schedule = tree.mapping(value, "schedule");
                case "retries" -> retries = tree.mapping(value, "retries");
                default -> problems.add(keyAt, key, "unknown key; expected one of " + String.join(", ", ROOT_KEYS)
                        + "." + DidYouMean.hint(key, ROOT_KEYS));
            }
        }
        Location top = tree.locationOf(root);
        requirePresent(seen, "pipeline", "the pipeline's name, such as 'pipeline: tas-seasonal-means'", top, problems);
        requirePresent(seen, "source", "where data comes from, such as '{ type: netcdf, path: data.nc }'", top, problems);
        requirePresent(seen, "sink", "where results go, such as '{ type: csv, path: out/result.csv }'", top, problems);
        if (builder == null || source == null || sink == null) {
            return null;
        }
        builder.origin(Location.of(origin, 0, 0)).baseDirectory(folder).source(source).sink(sink);
        if (split != null) {
            builder.split(split);
        }
        stages.forEach(builder::stage);
        if (schedule != null) {
            builder.schedule(schedule);
        }
        if (retries != null) {
            builder.retries(retries);
        }
        return builder.build();
    }

    private static Pipeline.Builder name(Node value, YamlTree tree, Problems problems) {
        if (!tree.plain(value, "pipeline")) {
            return null;
        }
        if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
            return Pipeline.builder(s.getValue());
        }
        problems.add(tree.locationOf(value), "pipeline", "expected the pipeline's name, got " + YamlTree.describe(value));
        return null;
    }

    private static List<Config> stages(Node value, YamlTree tree, Problems problems) {
        if (!tree.plain(value, "stages")) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            problems.add(tree.locationOf(value), "stages", "expected a list of stages, such as "
                    + "'- { type: mean, over: time }', got " + YamlTree.describe(value));
            return List.of();
        }
        List<Config> stages = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Config stage = tree.mapping(seq.getValue().get(i), "stages[" + i + "]");
            if (stage != null) {
                stages.add(stage);
            }
        }
        return stages;
    }

    private static void requirePresent(Set<String> seen, String key, String what, Location at,
                                       Problems problems) {
        if (!seen.contains(key)) {
            problems.add(at, key, "is required: " + what);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').trim();
    }
}
