package io.sluice.cli;

/**
 * The exit codes of the {@code sluice} command.
 *
 * <pre>{@code return ExitCodes.INVALID;}</pre>
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The run failed. */
    public static final int FAILED = 1;
    /** The pipeline or the command line is invalid. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
