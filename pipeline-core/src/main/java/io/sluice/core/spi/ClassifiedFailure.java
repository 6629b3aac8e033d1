package io.sluice.core.spi;

/**
 * An exception that says itself whether its chunk may succeed when tried again. The runner asks it first, before
 * guessing from exception types or message text, so that a failure whose message quotes another program's output
 * (such as its error lines) is classified by what happened, not by the words it quotes.
 *
 * <pre>{@code
 * final class CommandFailure extends RuntimeException implements ClassifiedFailure {
 *     public boolean mayPassOnRetry() { return timedOut; }
 * }
 * }</pre>
 */
public interface ClassifiedFailure {
    /** Whether trying the chunk again may succeed (a time-out), rather than fail the same way (bad settings). */
    boolean mayPassOnRetry();
}
