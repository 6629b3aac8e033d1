package io.sluice.core.spi;

/**
 * A per-chunk processing step: an {@link Aggregation} (a statistic over a grid's time axis) or a
 * {@link TableTransform} (rows in, rows out).
 *
 * <pre>{@code if (stage instanceof Aggregation a) { ... } else if (stage instanceof TableTransform t) { ... }}</pre>
 */
public interface Stage {

    /** The type id the stage was created from, such as {@code mean}. */
    String type();
}
