package io.sluice.core.spi;

/**
 * A per-chunk processing step. Today every stage is an {@link Aggregation}; transforms will join it.
 *
 * <pre>{@code if (stage instanceof Aggregation a) { ... }}</pre>
 */
public interface Stage {

    /** The type id the stage was created from, such as {@code mean}. */
    String type();
}
