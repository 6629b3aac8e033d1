package io.sluice.core.spi;

import io.sluice.core.data.GridBatch;
import java.io.IOException;

/**
 * Reads one chunk's slice block by block, so that memory does not grow with the chunk.
 *
 * <pre>{@code for (GridBatch b = reader.next(); b != null; b = reader.next()) accumulate(b);}</pre>
 */
public interface BatchReader extends AutoCloseable {

    /** The next block of time steps, or null when the slice is exhausted. */
    GridBatch next() throws IOException;

    @Override
    void close() throws IOException;
}
