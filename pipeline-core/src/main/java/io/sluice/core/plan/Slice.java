package io.sluice.core.plan;

import java.io.Serializable;

/**
 * The part of a source one chunk reads, as plain data a remote worker can act on.
 *
 * <pre>{@code Slice s = IndexRange.of("time", 334, 424);  Slice t = FileRange.bytes("data.csv", 0, 1 << 26);}</pre>
 */
public sealed interface Slice extends Serializable permits IndexRange, FileRange {

    /** Short human-readable form for plans and error messages, such as {@code time 334..423}. */
    String describe();
}
