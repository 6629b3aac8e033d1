package io.sluice.core.sink;

import java.io.IOException;
import java.util.Locale;

/**
 * The states a staged sink session goes through, and the lock that orders them: parts start only while the session
 * is open, one commit publishes at most once, and an abort after a commit changes nothing. A part is therefore
 * either in the commit or refused. After a successful commit the staging folder is deleted; after an abort it is
 * abandoned (kept when the runner recorded its parts for resume).
 *
 * <pre>{@code
 * Path file = lifecycle.startPart(index, () -> staging.parts().start(index, ".csv"));
 * long bytes = lifecycle.commit(() -> publisher.publish(head, files));
 * }</pre>
 */
public final class SessionLifecycle {
    /** A step of a session that may fail with an I/O error. */
    @FunctionalInterface
    public interface Step<T> {
        /** Does the step. */
        T run() throws IOException;
    }

    private enum State { OPEN, COMMITTING, COMMITTED, FAILED, ABORTED }

    private final String target;
    private final StagingDirectory staging;
    private State state = State.OPEN;

    /** The lifecycle of a session writing {@code target} through {@code staging}. */
    public SessionLifecycle(String target, StagingDirectory staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts part {@code index} with {@code start} while no commit or abort runs. */
    public synchronized <T> T startPart(int index, Step<T> start) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("part index must not be negative: " + index);
        }
        if (state != State.OPEN) {
            throw new IllegalStateException(target + ": cannot write part " + index + ": the session is " + stateText());
        }
        return start.run();
    }

    /** Publishes with {@code publish}, which returns the bytes published, then deletes staging. */
    public synchronized long commit(Step<Long> publish) throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException(target + ": cannot commit: the session is " + stateText());
        }
        state = State.COMMITTING;
        try {
            long bytes = publish.run();
            state = State.COMMITTED;
            staging.deleteQuietly();
            return bytes;
        } finally {
            if (state == State.COMMITTING) {
                state = State.FAILED;
            }
        }
    }

    /** Ends a failed run: staging is abandoned and the target left as it was; nothing after a commit. */
    public synchronized void abort() {
        if (state == State.COMMITTED || state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        staging.abandonQuietly();
    }

    private String stateText() {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
