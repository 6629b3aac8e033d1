package io.sluice.core.plan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One unit of work: its position in the plan, a key, the slice of the source it reads and the labels it adds
 * to its output. Plain data, so that another process can read the same slice from shared storage.
 *
 * <pre>{@code
 * Chunk c = Chunk.of(0, "DJF-2001", labels, IndexRange.of("time", 334, 424), true, 3_400_000);
 * }</pre>
 *
 * @param index position in the plan, which is the order of the stitched output
 * @param key short unique name, such as {@code DJF-2001}
 * @param labels labels added to the output rows, such as {@code season=DJF, year=2001}
 * @param slice what to read
 * @param complete whether the chunk covers its whole period (false for a season cut by the data's ends)
 * @param estimatedBytes bytes of values the chunk reads
 */
public record Chunk(int index, String key, Map<String, String> labels, Slice slice, boolean complete,
                    long estimatedBytes) implements Serializable {

    /** Copies the labels, keeping their order. */
    public Chunk {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A chunk. */
    public static Chunk of(int index, String key, Map<String, String> labels, Slice slice, boolean complete,
                           long estimatedBytes) {
        return new Chunk(index, key, labels, slice, complete, estimatedBytes);
    }

    /** The same chunk at another position of a plan. */
    public Chunk withIndex(int newIndex) {
        return new Chunk(newIndex, key, labels, slice, complete, estimatedBytes);
    }

    /** For messages: {@code chunk DJF-2001 (time 334..423)}. */
    public String describe() {
        return "chunk " + key + " (" + slice.describe() + ")";
    }
}
