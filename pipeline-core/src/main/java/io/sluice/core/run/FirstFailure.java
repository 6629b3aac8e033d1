package io.sluice.core.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The first failure of a run's chunks, shared by the workers and the thread that collects their results, so that
 * a failing chunk stops the run at once: workers do not start a chunk once a failure is recorded, and the collecting
 * thread wakes up as soon as any chunk fails, not only when the chunks before it in plan order have finished.
 *
 * <pre>{@code
 * FirstFailure stop = new FirstFailure();
 * CompletableFuture<ChunkOutcome> slot = stop.run(() -> attempts.process(chunk));  // on a worker
 * ChunkOutcome done = stop.await(slot);     // the chunk's outcome, or the first failure of any chunk
 * }</pre>
 */
final class FirstFailure {
    private final CompletableFuture<Throwable> first = new CompletableFuture<>();

    /** Records {@code failure} unless a failure was recorded before. */
    void record(Throwable failure) {
        first.complete(failure);
    }

    /** Whether a chunk has failed. */
    boolean recorded() {
        return first.isDone();
    }

    /**
     * Runs one chunk's work on the calling thread and gives its outcome in {@code slot}; a failure is also
     * recorded as the run's first failure if it is one.
     */
    <T> void run(ChunkWork<T> work, CompletableFuture<T> slot) {
        try {
            slot.complete(work.call());
        } catch (Throwable e) {
            record(e);
            slot.completeExceptionally(e);
        }
    }

    /**
     * Waits until {@code slot} has its outcome or any chunk has failed, whichever comes first.
     *
     * @throws ExecutionException with the first failure of the run as its cause
     */
    <T> T await(CompletableFuture<T> slot) throws InterruptedException, ExecutionException {
        try {
            CompletableFuture.anyOf(slot, first).get();
        } catch (ExecutionException slotFailed) {
            // its failure, or an earlier one, is the run's first failure: given below
        }
        if (first.isDone()) {
            throw new ExecutionException(first.getNow(null));
        }
        return slot.get();
    }

    /** A chunk's work, which may fail with any exception. */
    @FunctionalInterface
    interface ChunkWork<T> {
        T call() throws Exception;
    }
}
