package io.sluice.converters.exec;

/**
 * A command that failed in a way that would fail again: a non-zero exit code (unless listed in
 * {@code retry-exit-codes}), a program that cannot be started, or no output file. The runner does not retry it.
 *
 * <pre>{@code throw new CommandFailure("`false` exited with code 1");}</pre>
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
