package io.sluice.converters.exec;

import java.io.IOException;

/**
 * A command that failed in a way that may pass when tried again: it timed out and was killed, or it exited with
 * a code listed in {@code retry-exit-codes}. Being an {@link IOException}, the runner retries the chunk as its
 * retry policy allows.
 *
 * <pre>{@code throw new TransientCommandFailure("`sleep 60` timed out after 2s");}</pre>
 */
final class TransientCommandFailure extends IOException {
    private static final long serialVersionUID = 1L;

    TransientCommandFailure(String message) {
        super(message);
    }
}
