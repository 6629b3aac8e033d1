package io.sluice.core.spi;

import java.io.IOException;

/**
 * One run's output in staging: parts written by any thread, then one commit or one abort.
 *
 * <pre>{@code try (PartWriter w = session.part(3)) { w.write(table); } session.commit();}</pre>
 */
public interface SinkSession {

    /** A writer for part {@code index}; parts are stitched in index order at commit. */
    PartWriter part(int index) throws IOException;

    /**
     * Publishes all parts written so far, in index order, atomically at the target; with no parts the target
     * becomes empty output (for CSV an empty file, since no columns are known). Returns the bytes published.
     */
    long commit() throws IOException;

    /** Removes the staging location; the target is left as it was. */
    void abort();
}
