package io.sluice.converters.split;

import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the chunks of a plan as time index ranges, numbering them in order, estimating their bytes and
 * checking that keys are unique (a repeated key means the time steps are not increasing).
 */
final class PlanBuilder {
    private final SourceDescription description;
    private final List<Chunk> chunks = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    PlanBuilder(SourceDescription description) {
        this.description = description;
        if (description.time().size() == 0) {
            notes.add(description.origin() + ": time axis '" + description.time().name()
                    + "' has no steps; the plan has no chunks");
        }
    }

    /** Adds a chunk reading time steps {@code [start, end)}. */
    void add(String key, Map<String, String> labels, int start, int end, boolean complete) {
        if (!keys.add(key)) {
            throw new IllegalArgumentException(description.origin() + ": chunk " + key + " appears twice, again at"
                    + " time step " + start + " (" + description.time().label(start) + "); time steps must"
                    + " increase");
        }
        IndexRange range = IndexRange.of(description.time().name(), start, end);
        chunks.add(Chunk.of(chunks.size(), key, labels, range, complete,
                (long) (end - start) * description.bytesPerStep()));
    }

    /** Adds a note for the run report. */
    void note(String note) {
        notes.add(note);
    }

    /** The plan of the chunks added so far. */
    ChunkPlan build(Map<String, List<String>> labelOrder) {
        return ChunkPlan.of(chunks, labelOrder, notes);
    }
}
