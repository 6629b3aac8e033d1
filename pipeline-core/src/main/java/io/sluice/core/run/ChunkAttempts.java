package io.sluice.core.run;

import io.sluice.core.plan.Chunk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes a chunk until it succeeds or fails for good: a transient failure (an I/O error, a time-out) is
 * retried after an exponential backoff with jitter, up to the policy's limit, and every retry is recorded for the
 * report; a permanent failure (bad data, bad settings) or a full disk ends the run at once. A completed chunk is
 * recorded in the run's journal before it counts as done.
 */
final class ChunkAttempts {
    /**
     * A pause before each chunk, in milliseconds, read from this system property (default none): a deterministic
     * slow-down that lets tests stop a run between any two chunks.
     */
    static final String PAUSE_PROPERTY = "sluice.chunkPauseMillis";
    private static final Logger LOG = LoggerFactory.getLogger(ChunkAttempts.class);

    private final ChunkProcessor processor;
    private final RunJournal journal;
    private final RetryPolicy policy;
    private final boolean canRetry;
    private final String target;
    private final List<RetryRecord> retries;
    private final RunListener listener;
    private final FirstFailure firstFailure;
    private final long pauseMillis = Long.getLong(PAUSE_PROPERTY, 0L);

    ChunkAttempts(ChunkProcessor processor, RunJournal journal, RetryPolicy policy, boolean canRetry, String target,
                  List<RetryRecord> retries, RunListener listener, FirstFailure firstFailure) {
        this.processor = processor;
        this.journal = journal;
        this.policy = policy;
        this.canRetry = canRetry;
        this.target = target;
        this.retries = retries;
        this.listener = listener;
        this.firstFailure = firstFailure;
    }

    /** The run's first failure, which stops every chunk not yet started. */
    FirstFailure firstFailure() {
        return firstFailure;
    }

    ChunkOutcome process(Chunk chunk) {
        for (int attempt = 1; ; attempt++) {
            pause();
            if (firstFailure.recorded()) {
                throw new RunFailedException(chunk.describe() + ": not started, another chunk failed", null);
            }
            listener.chunkStarted(chunk);
            ChunkOutcome outcome = attempt(chunk, attempt);
            if (outcome != null) {
                listener.chunkFinished(outcome.report());
                return outcome;
            }
        }
    }

    /** One attempt: the chunk's outcome, or null after a transient failure and the wait before its retry. */
    private ChunkOutcome attempt(Chunk chunk, int attempt) {
        try {
            ChunkOutcome outcome = processor.process(chunk);
            journal.completed(outcome);
            return outcome;
        } catch (Exception e) {
            FailureKind kind = FailureKind.of(e);
            String cause = ChunkProcessor.messageOf(e);
            if (kind == FailureKind.DISK_FULL) {
                throw new RunFailedException(target + ": disk full (" + FailureKind.diskFullText(e)
                        + ") while writing " + chunk.describe() + "; free space, then run again", e);
            }
            // an interrupted worker is being stopped because the run failed or was cancelled: no retry
            boolean stopping = Thread.currentThread().isInterrupted() || firstFailure.recorded();
            if (kind != FailureKind.TRANSIENT || !canRetry || attempt > policy.maxRetries() || stopping) {
                throw attempt == 1 ? asRunFailure(e, chunk)
                        : new RunFailedException(cause + " (after " + (attempt - 1) + " retries)", e);
            }
            Duration delay = policy.delayBefore(attempt, ThreadLocalRandom.current().nextDouble());
            RetryRecord retry = new RetryRecord(chunk.key(), attempt + 1, delay.toMillis(), cause);
            synchronized (retries) {
                retries.add(retry);
            }
            LOG.warn(retry.describe());
            listener.chunkRetried(retry);
            sleep(delay);
            return null;
        }
    }

    private static RuntimeException asRunFailure(Exception e, Chunk chunk) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        return new RunFailedException(chunk.describe() + ": " + ChunkProcessor.messageOf(e), e);
    }

    private void pause() {
        if (pauseMillis > 0) {
            sleep(Duration.ofMillis(pauseMillis));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while waiting to retry a chunk", e);
        }
    }
}
