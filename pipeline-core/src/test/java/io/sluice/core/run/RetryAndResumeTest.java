package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.fake.StagedTextSink;
import io.sluice.core.model.Pipeline;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries of transient failures, resume of a failed run from its manifest, and a full disk, with the
 * {@code fake-grid} source (40 steps of a 2 x 3 grid, value = step * 10 + cell) split into 8 chunks of 5 steps
 * and the {@code staged-text} sink, which stages through the core's staging directory as real sinks do.
 */
class RetryAndResumeTest {
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(4));

    @TempDir
    Path dir;

    @AfterEach
    void realDisk() {
        StagedTextSink.FILES = io.sluice.core.sink.OutputFiles.disk();
    }

    private Pipeline pipeline(Config source) {
        return Pipeline.builder("retry").baseDirectory(dir).source(source)
                .split(Config.ofType("fake-steps").with("size", 5).with("parity", false))
                .sink(Config.ofType("staged-text").with("path", "out/rows.txt")).build();
    }

    private static Config grid() {
        return Config.ofType("fake-grid").with("steps", 40);
    }

    private RunReport run(Pipeline p, RunOptions options) {
        return new LocalRunner(options).run(p);
    }

    private static RunOptions serial() {
        return RunOptions.defaults().withParallelism(1).withRetries(FAST);
    }

    private Path target() {
        return dir.resolve("out/rows.txt");
    }

    private Path staging() {
        return dir.resolve("out/.rows.txt.sluice-staging");
    }

    private byte[] cleanOutput() throws IOException {
        run(pipeline(grid()), serial());
        byte[] clean = Files.readAllBytes(target());
        Files.delete(target());
        return clean;
    }

    @Test
    void theCleanOutputHoldsEveryCellInOrder() throws IOException {
        List<String> lines = Files.readAllLines(Files.write(dir.resolve("clean.txt"), cleanOutput()));
        assertThat(lines).hasSize(40 * 6);
        // the last field of a row is v = step * 10 + cell: step 0 cell 0, step 39 cell 5
        assertThat(lines.get(0)).endsWith(",0.0");
        assertThat(lines.get(lines.size() - 1)).endsWith(",395.0");
    }

    @Test
    void aTransientFailureIsRetriedAndEveryRetryIsReported() throws IOException {
        byte[] clean = cleanOutput();
        RunReport report = run(pipeline(grid().with("flaky-at", 12).with("flaky-times", 2)), serial());

        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
        assertThat(report.retries()).extracting(RetryRecord::chunk, RetryRecord::attempt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c2", 2), org.assertj.core.groups.Tuple.tuple("c2", 3));
        assertThat(report.retries().get(0).cause()).contains("connection reset while reading step 12");
        assertThat(report.retries()).allSatisfy(r -> assertThat(r.delayMillis()).isBetween(0L, 4L));
        assertThat(report.summary()).contains("retried chunk c2: attempt 2 after ");
    }

    @Test
    void retriesOnFourWorkersGiveTheSameBytes() throws IOException {
        byte[] clean = cleanOutput();
        RunReport report = run(pipeline(grid().with("flaky-at", 3).with("flaky-times", 2).with("block-steps", 1)),
                RunOptions.defaults().withParallelism(4).withRetries(FAST));

        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
        assertThat(report.retries()).extracting(RetryRecord::chunk).containsExactly("c0", "c0");
    }

    @Test
    void moreTransientFailuresThanRetriesFailTheRunSayingHowOftenItTried() {
        assertThatThrownBy(() -> run(pipeline(grid().with("flaky-at", 12).with("flaky-times", 5)), serial()))
                .isInstanceOf(RunFailedException.class)
                .hasMessageContaining("connection reset while reading step 12 (after 2 retries)");
        assertThat(target()).doesNotExist();
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        RunOptions patient = RunOptions.defaults().withParallelism(1)
                .withRetries(new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(10)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> run(pipeline(grid().with("fail-at", 12)), patient))
                .isInstanceOf(RunFailedException.class)
                .hasMessageContaining("unexpected end of file at step 12").hasMessageNotContaining("retries");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no 10 s backoff").isLessThan(Duration.ofSeconds(9));
    }

    /** Run 1 fails in chunk c7 after c0..c6 completed (one worker); it keeps them for resume. */
    private void failInLastChunk(Config source) {
        assertThatThrownBy(() -> run(pipeline(source), serial().withRetries(RetryPolicy.none())))
                .isInstanceOf(RunFailedException.class)
                .hasMessageEndingWith("the chunks completed so far are kept: run again with --resume to reuse them");
        assertThat(target()).doesNotExist();
        assertThat(staging().resolve("manifest")).isRegularFile();
    }

    @Test
    void aResumedRunReusesTheCompletedChunksAndWritesTheSameBytes() throws IOException {
        byte[] clean = cleanOutput();
        Config flaky = grid().with("flaky-at", 37);
        failInLastChunk(flaky);

        RunReport resumed = run(pipeline(flaky), serial().withResume(true));

        assertThat(resumed.chunksReused()).isEqualTo(7);
        assertThat(resumed.chunks()).hasSize(8);
        assertThat(resumed.rowsWritten()).isEqualTo(240);
        assertThat(resumed.summary()).contains("resumed: 7 of 8 chunks reused from the interrupted run");
        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
        assertThat(staging()).doesNotExist();
    }

    @Test
    void aDamagedPartIsProcessedAgainOnResume() throws IOException {
        byte[] clean = cleanOutput();
        Config flaky = grid().with("flaky-at", 37);
        failInLastChunk(flaky);
        Path part3 = staging().resolve("part-000003.txt");
        byte[] bytes = Files.readAllBytes(part3);
        bytes[0] ^= 1;
        Files.write(part3, bytes);

        RunReport resumed = run(pipeline(flaky), serial().withResume(true));

        assertThat(resumed.chunksReused()).isEqualTo(6);
        assertThat(resumed.notes()).contains("resume: parts of c3 were missing or damaged; those chunks are processed"
                + " again");
        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
    }

    @Test
    void resumingIsRefusedWhenThePipelineChanged() {
        failInLastChunk(grid().with("flaky-at", 37));

        assertThatThrownBy(() -> run(pipeline(grid().with("flaky-at", 38)), serial().withResume(true)))
                .isInstanceOf(RunFailedException.class)
                .hasMessageStartingWith("cannot resume " + target() + ": the pipeline changed since the interrupted"
                        + " run (hash ")
                .hasMessageEndingWith("); run without --resume to start afresh");
        assertThat(staging().resolve("part-000000.txt")).as("kept for a resume with the old pipeline").exists();
    }

    @Test
    void resumingIsRefusedWhenAnInputChanged() throws IOException {
        Path input = Files.writeString(dir.resolve("in.dat"), "first");
        Config source = grid().with("flaky-at", 37).with("input", "in.dat");
        failInLastChunk(source);
        Files.writeString(input, "changed!");

        assertThatThrownBy(() -> run(pipeline(source), serial().withResume(true)))
                .isInstanceOf(RunFailedException.class)
                .hasMessage("cannot resume " + target() + ": the input " + input + " changed size (5 -> 8 bytes) since"
                        + " the interrupted run; run without --resume to start afresh");
    }

    @Test
    void aFreshRunRemovesStagingLeftByAFailedRunAndSaysSo() throws IOException {
        byte[] clean = cleanOutput();
        failInLastChunk(grid().with("flaky-at", 37));

        RunReport fresh = run(pipeline(grid()), serial());

        assertThat(fresh.notes()).anySatisfy(n -> assertThat(n).startsWith("removed staging left by an earlier run"
                + " that stopped (9 files in " + staging()));
        assertThat(fresh.chunksReused()).isZero();
        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
    }

    @Test
    void aSecondRunOfTheSameTargetIsRefusedWhileTheFirstHoldsItsStaging() throws IOException {
        Files.createDirectories(target().getParent());
        try (StagingDirectory first = StagingDirectory.open(target(), StagingMode.FRESH,
                io.sluice.core.sink.OutputFiles.disk())) {
            assertThatThrownBy(() -> run(pipeline(grid()), serial())).isInstanceOf(RunFailedException.class)
                    .hasMessage(target() + ": another sluice run is writing this output (its staging folder"
                            + " .rows.txt.sluice-staging is locked); wait for it to finish or stop it");
            assertThat(first.folder()).isDirectory();
        }
    }

    @Test
    void aFullDiskWhileWritingPartsFailsClearlyAndLeavesThePreviousOutput() throws IOException {
        Files.createDirectories(target().getParent());
        Files.writeString(target(), "previous\n");
        StagedTextSink.FILES = quota(2_000);

        assertThatThrownBy(() -> run(pipeline(grid()), serial())).isInstanceOf(RunFailedException.class)
                .hasMessageStartingWith(target() + ": disk full (No space left on device) while writing chunk c")
                .hasMessageContaining("; free space, then run again");
        assertThat(Files.readString(target())).isEqualTo("previous\n");
        assertThat(Files.list(target().getParent()).map(p -> p.getFileName().toString()))
                .allMatch(n -> n.equals("rows.txt") || n.equals(".rows.txt.sluice-staging"));
        assertThat(Files.exists(staging().resolve("publish.tmp"))).isFalse();
    }

    @Test
    void aFullDiskWhilePublishingFailsClearlyAndLeavesThePreviousOutput() throws IOException {
        byte[] clean = cleanOutput();
        Files.writeString(target(), "previous\n");
        StagedTextSink.FILES = quota(clean.length + clean.length / 2);

        assertThatThrownBy(() -> run(pipeline(grid()), serial())).isInstanceOf(RunFailedException.class)
                .hasMessage(target() + ": disk full (No space left on device) while publishing; free space, then run"
                        + " again; the chunks completed so far are kept: run again with --resume to reuse them");
        assertThat(Files.readString(target())).isEqualTo("previous\n");
        assertThat(staging().resolve("publish.tmp")).doesNotExist();

        StagedTextSink.FILES = io.sluice.core.sink.OutputFiles.disk();
        RunReport resumed = run(pipeline(grid()), serial().withResume(true));
        assertThat(resumed.chunksReused()).isEqualTo(8);
        assertThat(Files.readAllBytes(target())).isEqualTo(clean);
    }

    /** Files that together may hold {@code bytes}; then every write fails as on a full disk. */
    private static io.sluice.core.sink.OutputFiles quota(long bytes) {
        AtomicLong left = new AtomicLong(bytes);
        return file -> new FilterOutputStream(io.sluice.core.sink.OutputFiles.disk().create(file)) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (left.addAndGet(-len) < 0) {
                    throw new IOException("No space left on device");
                }
                out.write(b, off, len);
            }
        };
    }
}
