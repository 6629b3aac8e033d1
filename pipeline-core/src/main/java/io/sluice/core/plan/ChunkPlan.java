package io.sluice.core.plan;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chunks of a run in output order, the canonical order of each label's values (for grouping, such as
 * DJF, MAM, JJA, SON) and notes on what planning decided (such as dropped incomplete seasons).
 *
 * <pre>{@code for (Chunk c : plan.chunks()) System.out.println(c.key() + " " + c.slice().describe());}</pre>
 *
 * @param chunks chunks in output order; {@code chunks.get(i).index() == i}
 * @param labelOrder for each label name, its possible values in canonical order
 * @param notes human-readable notes about the plan
 */
public record ChunkPlan(List<Chunk> chunks, Map<String, List<String>> labelOrder, List<String> notes)
        implements Serializable {

    /** Copies the collections and checks the chunk indices. */
    public ChunkPlan {
        chunks = List.copyOf(chunks);
        labelOrder = Collections.unmodifiableMap(new LinkedHashMap<>(labelOrder));
        notes = List.copyOf(notes);
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).index() != i) {
                throw new IllegalArgumentException("chunk " + chunks.get(i).key() + " has index "
                        + chunks.get(i).index() + "; expected " + i);
            }
        }
    }

    /** A plan. */
    public static ChunkPlan of(List<Chunk> chunks, Map<String, List<String>> labelOrder, List<String> notes) {
        return new ChunkPlan(chunks, labelOrder, notes);
    }

    /**
     * The plan of a table source: one chunk per part, in row order, keyed {@code part-00000}, labelled with the
     * part's labels (whose values are ordered as first seen).
     */
    public static ChunkPlan ofParts(SourceDescription description) {
        List<Chunk> chunks = new ArrayList<>();
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (TablePart part : description.parts()) {
            int i = chunks.size();
            chunks.add(Chunk.of(i, String.format("part-%05d", i), part.labels(), part.slice(), true,
                    part.estimatedBytes()));
            part.labels().forEach((k, v) -> {
                List<String> values = order.computeIfAbsent(k, x -> new ArrayList<>());
                if (!values.contains(v)) {
                    values.add(v);
                }
            });
        }
        return new ChunkPlan(chunks, order, List.of());
    }

    /** The column type of each label, from all its values (see {@link Column#labelType}). */
    public Map<String, ColumnType> labelTypes() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        labelOrder.forEach((name, values) -> types.put(name, Column.labelType(values)));
        return types;
    }

    /** Total estimated bytes read by all chunks. */
    public long estimatedBytes() {
        long sum = 0;
        for (Chunk c : chunks) {
            sum += c.estimatedBytes();
        }
        return sum;
    }
}
