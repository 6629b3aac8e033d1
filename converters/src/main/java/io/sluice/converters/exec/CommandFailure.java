package io.sluice.converters.exec;

import io.sluice.core.spi.ClassifiedFailure;

/**
 * A command that failed, saying itself whether trying again may help: a time-out or an exit code listed in
 * {@code retry-exit-codes} may pass when tried again (the runner retries the chunk as its retry policy allows);
 * a non-zero exit code, a program that cannot be started, no output file or an output that does not fit would
 * fail again. The message (which quotes the program's error output) is never read to decide.
 *
 * <pre>{@code throw CommandFailure.transientOne("`sleep 60` timed out after 2s");}</pre>
 */
final class CommandFailure extends RuntimeException implements ClassifiedFailure {
    private static final long serialVersionUID = 1L;
    private final boolean mayPassOnRetry;

    private CommandFailure(String message, boolean mayPassOnRetry) {
        super(message);
        this.mayPassOnRetry = mayPassOnRetry;
    }

    /** A failure that would happen again. */
    CommandFailure(String message) {
        this(message, false);
    }

    /** A failure that may not happen again: a time-out, a retryable exit code. */
    static CommandFailure transientOne(String message) {
        return new CommandFailure(message, true);
    }

    @Override
    public boolean mayPassOnRetry() {
        return mayPassOnRetry;
    }
}
