package io.sluice.core.yaml;

import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns composed YAML nodes into {@link Config} trees with the location of every key and list element,
 * accepting only plain data: mappings with text keys, lists, text, numbers, booleans. Duplicate keys, type tags
 * and oversized documents become problems.
 */
final class YamlTree {
    static final int MAX_NODES = 100_000;
    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private final String origin;
    private final Problems problems;
    private int nodes;

    YamlTree(String origin, Problems problems) {
        this.origin = origin;
        this.problems = problems;
    }

    Location locationOf(Node node) {
        return node.getStartMark().map(m -> Location.of(origin, m.getLine() + 1, m.getColumn() + 1))
                .orElse(Location.of(origin, 0, 0));
    }

    /** Whether {@code node} carries only a plain tag; records a problem otherwise. */
    boolean plain(Node node, String path) {
        return acceptTag(node, path);
    }

    /** A mapping node as a config at {@code path}; null (with a problem) when the node is not a mapping. */
    Config mapping(Node node, String path) {
        if (!acceptTag(node, path)) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(locationOf(node), path, "expected a mapping of settings (key: value), got "
                    + describe(node));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar) || !acceptTag(keyNode, path)) {
                problems.add(locationOf(keyNode), path, "keys must be plain names");
                continue;
            }
            String key = keyScalar.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (values.containsKey(key) || locations.containsKey(key)) {
                problems.add(locationOf(keyNode), childPath, "duplicate key; each setting may appear once");
                continue;
            }
            locations.put(key, locationOf(keyNode));
            Object value = value(tuple.getValueNode(), childPath);
            if (value == null) {
                continue;
            }
            values.put(key, value);
            if (tuple.getValueNode() instanceof ScalarNode scalar) {
                Location text = textLocation(scalar);
                if (text != null) {
                    locations.put(Config.valueLocationKey(key), text);
                }
            }
            if (tuple.getValueNode() instanceof SequenceNode seq) {
                for (int i = 0; i < seq.getValue().size(); i++) {
                    locations.put(key + "[" + i + "]", locationOf(seq.getValue().get(i)));
                }
            }
        }
        Config config = Config.empty(path, locationOf(node)).withAll(values, locations);
        return config;
    }

    /**
     * Where the text of a scalar on one line starts (after its opening quote), when every character of the text
     * stands at its own column (no escapes, no folding); null otherwise.
     */
    private Location textLocation(ScalarNode scalar) {
        var start = scalar.getStartMark();
        var end = scalar.getEndMark();
        if (start.isEmpty() || end.isEmpty() || start.get().getLine() != end.get().getLine()) {
            return null;
        }
        int quotes = switch (scalar.getScalarStyle()) {
            case PLAIN -> 0;
            case SINGLE_QUOTED, DOUBLE_QUOTED -> 2;
            default -> -1;
        };
        int width = end.get().getColumn() - start.get().getColumn();
        if (quotes < 0 || width != scalar.getValue().length() + quotes) {
            return null;
        }
        return Location.of(origin, start.get().getLine() + 1, start.get().getColumn() + 1 + quotes / 2);
    }

    /** Any value: text, number, boolean, list or nested config; null for YAML null or a rejected node. */
    Object value(Node node, String path) {
        if (++nodes > MAX_NODES) {
            if (nodes == MAX_NODES + 1) {
                problems.add(locationOf(node), path, "the document has more than " + MAX_NODES
                        + " values; a pipeline file is expected to be small");
            }
            return null;
        }
        if (!acceptTag(node, path)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, path);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                Object v = value(seq.getValue().get(i), path + "[" + i + "]");
                if (v != null) {
                    list.add(v);
                }
            }
            return list;
        }
        return mapping(node, path);
    }

    private Object scalar(ScalarNode scalar, String path) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return Long.decode(text.replace("_", "").replace("0o", "0"));
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            problems.add(locationOf(scalar), path, "'" + text + "' is not a valid number");
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase());
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return text;
    }

    private boolean acceptTag(Node node, String path) {
        if (!PLAIN.contains(node.getTag())) {
            problems.add(locationOf(node), path, "type tags such as '" + node.getTag().getValue()
                    + "' are not allowed; write plain values");
            return false;
        }
        return true;
    }

    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            return "'" + s.getValue() + "'";
        }
        return "a mapping";
    }
}
