package io.sluice.core.sink;

import java.nio.file.Path;
import java.util.Map;

/**
 * One part's file in staging and what its writer said about it when it finished (for a CSV part, its column
 * names); {@code complete} is false while it is being written or when its writing failed.
 *
 * <pre>{@code parts.completed(3).map(StagedPart::file)}</pre>
 *
 * @param index the part's index (its chunk's index in the plan)
 * @param file the part's file in staging
 * @param facts what the sink needs to know about the part at commit, as text
 * @param complete whether the part was finished successfully
 */
public record StagedPart(int index, Path file, Map<String, String> facts, boolean complete) {

    /** Copies the facts. */
    public StagedPart {
        facts = Map.copyOf(facts);
    }

    @Override
    public String toString() {
        return "part " + index;
    }
}
