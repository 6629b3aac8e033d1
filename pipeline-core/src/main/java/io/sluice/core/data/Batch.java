package io.sluice.core.data;

/**
 * One block of data read from a chunk: a {@link GridBatch} of time steps from a grid source, or a {@link Table}
 * of rows from a table source. Stages and sinks switch on the shape.
 *
 * <pre>{@code
 * if (batch instanceof GridBatch grid) accumulate(grid); else part.write((Table) batch);
 * }</pre>
 */
public sealed interface Batch permits GridBatch, Table {
}
