package io.sluice.core.spi;

import io.sluice.core.data.Batch;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.Table;
import java.io.IOException;

/**
 * Reads one chunk's slice block by block, so that memory does not grow with the chunk: a grid source yields
 * {@link io.sluice.core.data.GridBatch}es of time steps, a table source {@link io.sluice.core.data.Table}s of rows.
 *
 * <pre>{@code for (Batch b = reader.next(); b != null; b = reader.next()) handle(b);}</pre>
 */
public interface BatchReader extends AutoCloseable {

    /** The next block (time steps of a grid, or rows of a table), or null when the slice is exhausted. */
    Batch next() throws IOException;

    /** The next block of a grid source, or null when the slice is exhausted; fails on a table source. */
    default GridBatch nextGrid() throws IOException {
        Batch b = next();
        if (b == null || b instanceof GridBatch) {
            return (GridBatch) b;
        }
        throw new IllegalStateException("expected a grid block, got a table of " + ((Table) b)
                .rowCount() + " rows");
    }

    @Override
    void close() throws IOException;
}
