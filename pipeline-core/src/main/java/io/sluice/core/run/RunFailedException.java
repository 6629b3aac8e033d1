package io.sluice.core.run;

/**
 * A run failed while reading, computing or writing; the message names the file, the chunk and the cause in
 * one line. The command line turns this into exit code 1. No output was published.
 *
 * <pre>{@code "data/tas.nc chunk DJF-2001 (time 334..423): read failed: unexpected end of file"}</pre>
 */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a one-line message and its cause. */
    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
