package io.sluice.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The pipeline or its configuration is invalid; carries every problem found, each with its location.
 * The command line turns this into exit code 2.
 *
 * <pre>{@code
 * try { pipeline.validate(); } catch (PipelineInvalidException e) { e.problems().forEach(System.err::println); }
 * }</pre>
 */
public final class PipelineInvalidException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** An exception listing the given problems (at least one). */
    public PipelineInvalidException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** A single problem. */
    public static PipelineInvalidException of(Location location, String path, String message) {
        return new PipelineInvalidException(List.of(Problem.at(location, path, message)));
    }

    /** Every problem, ordered by position. */
    public List<Problem> problems() {
        return problems;
    }
}
