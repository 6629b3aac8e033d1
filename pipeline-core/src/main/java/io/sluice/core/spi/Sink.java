package io.sluice.core.spi;

import io.sluice.core.sink.StagingMode;
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
     * carry metadata; by default the same as {@link #begin()}.
     */
    default SinkSession begin(RunContext context) throws IOException {
        return begin();
    }

    /**
     * Starts a run's output in the target's {@link io.sluice.core.sink.StagingDirectory}, fresh or keeping what an
     * interrupted run left there for {@code --resume}. Sinks that stage through it override this (and return it
     * from {@link SinkSession#staging()}); the default starts as {@link #begin()} does, and such a sink cannot
     * resume or retry chunks.
     */
    default SinkSession begin(StagingMode mode) throws IOException {
        return begin();
    }

    /**
     * Starts a run's output knowing the run and how to treat staging an interrupted run left: the runner calls
     * this one. By default a fresh start is {@link #begin(RunContext)} and a resumed one
     * {@link #begin(StagingMode)}.
     */
    default SinkSession begin(RunContext context, StagingMode mode) throws IOException {
        return mode == StagingMode.RESUME ? begin(mode) : begin(context);
    }

    /** The output location, for messages and reports. */
    String target();
}
