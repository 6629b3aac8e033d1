package io.sluice.core.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a pipeline so that they can be reported together, ordered by position.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.add(location, "sink.path", "is required");
 * problems.throwIfAny();   // PipelineInvalidException listing all problems
 * }</pre>
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem. */
    public void add(Location location, String path, String message) {
        list.add(Problem.at(location, path, message));
    }

    /** Records all problems of another collection or exception. */
    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** Whether any problem was recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems, ordered by origin, line and column. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((Problem p) -> p.location() == null ? "" : p.location().origin())
                .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
                .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
        return List.copyOf(sorted);
    }

    /** Throws a {@link PipelineInvalidException} holding all problems, if there are any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new PipelineInvalidException(list());
        }
    }
}
