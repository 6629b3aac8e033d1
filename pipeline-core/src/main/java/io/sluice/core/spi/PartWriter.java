package io.sluice.core.spi;

import io.sluice.core.data.Table;
import java.io.IOException;

/**
 * Writes the tables of one part; a part may receive several tables with the same columns.
 *
 * <pre>{@code try (PartWriter w = session.part(0)) { w.write(table); }}</pre>
 */
public interface PartWriter extends AutoCloseable {

    /** Appends every row of {@code table}. */
    void write(Table table) throws IOException;

    @Override
    void close() throws IOException;
}
