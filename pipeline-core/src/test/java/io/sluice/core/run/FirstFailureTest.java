package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The first failure of any chunk ends the wait for a chunk still running, and later failures do not replace it. */
class FirstFailureTest {
    @Test
    void aChunkStillRunningDoesNotHideALaterChunksFailure() {
        FirstFailure first = new FirstFailure();
        CompletableFuture<String> running = new CompletableFuture<>(); // never completes, like a long command
        CompletableFuture<String> failing = new CompletableFuture<>();
        first.run(() -> {
            throw new IOException("MAM-1981 failed");
        }, failing);
        assertThat(first.recorded()).isTrue();
        assertThatThrownBy(() -> first.await(running)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class).hasRootCauseMessage("MAM-1981 failed");
    }

    @Test
    void theFirstFailureStaysTheOneReported() {
        FirstFailure first = new FirstFailure();
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        first.run(() -> {
            throw new IllegalStateException("first");
        }, a);
        first.run(() -> {
            throw new IllegalStateException("stopped: the run was interrupted");
        }, b);
        assertThatThrownBy(() -> first.await(b)).hasRootCauseMessage("first");
    }

    @Test
    void aChunkThatSucceedsGivesItsOutcomeWhileNothingFailed() throws Exception {
        FirstFailure first = new FirstFailure();
        CompletableFuture<String> done = new CompletableFuture<>();
        first.run(() -> "DJF-1981 done", done);
        assertThat(first.recorded()).isFalse();
        assertThat(first.await(done)).isEqualTo("DJF-1981 done");
    }
}
