package io.sluice.core.spi;

import java.io.IOException;

/**
 * Where results go. A run opens a session, every chunk writes its own part (in parallel), and the session
 * commits the parts in chunk order with an atomic move, or aborts leaving the previous output untouched.
 *
 * <pre>{@code
 * SinkSession s = sink.begin();
 * try (PartWriter w = s.part(chunk.index())) { w.write(table); }
 * s.commit();
 * }</pre>
 */
public interface Sink {

    /** Starts a run's output in a staging location beside the target. */
    SinkSession begin() throws IOException;

    /**
     * Starts a run's output knowing the run (pipeline name and hash, source description), for formats that
     * carry metadata; by default the same as {@link #begin()}. The runner calls this one.
     */
    default SinkSession begin(RunContext context) throws IOException {
        return begin();
    }

    /** The output location, for messages and reports. */
    String target();
}
