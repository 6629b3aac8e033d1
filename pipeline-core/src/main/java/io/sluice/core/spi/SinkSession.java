package io.sluice.core.spi;

import io.sluice.core.sink.StagingDirectory;
import java.io.IOException;
import java.util.Optional;

/**
 * One run's output in staging: parts written by any thread, then one commit or one abort.
 *
 * <pre>{@code try (PartWriter w = session.part(3)) { w.write(table); } session.commit();}</pre>
 */
public interface SinkSession {

    /**
     * A writer for part {@code index}; parts are stitched in index order at commit. Asking again for the same
     * index (a retried chunk) replaces the earlier attempt's part.
     */
    PartWriter part(int index) throws IOException;

    /**
     * Publishes all parts written so far, in index order, atomically at the target; with no parts the target
     * becomes empty output (for CSV an empty file, since no columns are known). Returns the bytes published.
     */
    long commit() throws IOException;

    /**
     * Ends a failed run: removes the staging location (or, for a session whose staging holds completed parts
     * recorded for {@code --resume}, keeps them and releases its lock); the target is left as it was.
     */
    void abort();

    /**
     * The staging directory the session writes its parts into, when it uses the core's: then the runner records
     * completed parts in its manifest (for {@code --resume}) and can retry chunks.
     */
    default Optional<StagingDirectory> staging() {
        return Optional.empty();
    }
}
