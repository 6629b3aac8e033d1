package io.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RetryPolicy;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real pipelines over the core's test plugins with a report listener and reads the report.json back with
 * Jackson. The fake grid has 6 cells a step and one float variable (4 bytes a value); chunks of 5 steps.
 */
class RunReportsTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4));

    @TempDir
    Path dir;

    private final List<String> notices = new CopyOnWriteArrayList<>();

    private Pipeline pipeline(Config source) {
        return Pipeline.builder("reported").baseDirectory(dir).source(source)
                .split(Config.ofType("fake-steps").with("size", 5).with("parity", false))
                .sink(Config.ofType("staged-text").with("path", "out/rows.txt")).build();
    }

    private void run(Pipeline p, int workers) {
        RunReports reports = RunReports.in(dir.resolve(".sluice"), notices::add);
        new LocalRunner(RunOptions.defaults().withParallelism(workers).withRetries(FAST)
                .withListener(reports.listenerFor(p))).run(p);
    }

    /** The report.json of the one run in the state directory. */
    private JsonNode report() throws IOException {
        List<Path> runs = ReportFolder.in(dir.resolve(".sluice")).reports();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).resolve("report.html")).isRegularFile();
        return new ObjectMapper().readTree(runs.get(0).resolve("report.json").toFile());
    }

    @Test
    void theReportCountsTheChunksOfThePlanTheRowsOfTheOutputAndTheBytesOfTheValues() throws IOException {
        Path input = Files.write(dir.resolve("grid.bin"), new byte[1234]);
        run(pipeline(Config.ofType("fake-grid").with("steps", 40).with("input", "grid.bin")
                .with("flaky-at", 12).with("flaky-times", 2)), 2);
        JsonNode r = report();
        long lines = Files.readAllLines(dir.resolve("out/rows.txt")).size();
        assertThat(notices).containsExactly("report: " + dir.resolve(".sluice/runs/" + r.get("run_id").asText()
                + "/report.html"));

        assertThat(r.get("format").asInt()).isEqualTo(1);
        assertThat(r.get("status").asText()).isEqualTo("succeeded");
        assertThat(r.get("errors")).isEmpty();
        assertThat(r.get("pipeline").get("name").asText()).isEqualTo("reported");
        assertThat(r.get("pipeline").get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(r.get("parallelism").asInt()).isEqualTo(2);
        // 40 steps in chunks of 5: 8 chunks; 40 steps x 6 cells = 240 values of 4 bytes, one row each
        JsonNode totals = r.get("totals");
        assertThat(totals.get("chunks_planned").asInt()).isEqualTo(8);
        assertThat(totals.get("chunks_finished").asInt()).isEqualTo(8);
        assertThat(totals.get("values_read").asLong()).isEqualTo(240);
        assertThat(totals.get("bytes_read").asLong()).isEqualTo(960);
        assertThat(totals.get("rows_written").asLong()).isEqualTo(lines).isEqualTo(240);
        assertThat(totals.get("bytes_written").asLong()).isEqualTo(Files.size(dir.resolve("out/rows.txt")));
        assertThat(r.get("inputs")).singleElement().satisfies(i -> {
            assertThat(i.get("path").asText()).isEqualTo(input.toString());
            assertThat(i.get("bytes").asLong()).isEqualTo(1234);
        });
        List<JsonNode> chunks = StreamSupport.stream(r.get("chunks").spliterator(), false).toList();
        assertThat(chunks).extracting(c -> c.get("key").asText())
                .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
        assertThat(chunks).extracting(c -> c.get("index").asInt()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.get("rows_written").asLong()).isEqualTo(30);
            assertThat(c.get("bytes_read").asLong()).isEqualTo(120);
            assertThat(c.get("worker").asText()).startsWith("ForkJoinPool-");
            assertThat(c.get("start_ms").asLong()).isNotNegative();
            assertThat(c.get("start_ms").asLong() + c.get("duration_ms").asLong())
                    .isLessThanOrEqualTo(r.get("elapsed_ms").asLong());
        });
        // step 12 is in c2 (steps 10..14), whose first two reads fail: three attempts
        assertThat(chunks.get(2).get("attempts").asInt()).isEqualTo(3);
        assertThat(chunks.get(2).get("retries").asInt()).isEqualTo(2);
        assertThat(chunks.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(totals.get("retries").asInt()).isEqualTo(2);
        assertThat(r.get("retries")).extracting(x -> x.get("chunk").asText()).containsExactly("c2", "c2");
        JsonNode memory = r.get("memory");
        assertThat(memory.get("heap_used_peak_bytes").asLong()).isPositive();
        assertThat(memory.get("rss_peak_bytes").asLong()).isPositive();
        assertThat(memory.get("rss_high_water_mark_bytes").asLong()).isPositive();
        assertThat(memory.get("samples").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFailedRunWritesAReportWithItsErrorAndTheChunksDoneSoFar() throws IOException {
        // step 22 is in c4 (steps 20..24); one worker takes the chunks in order
        Pipeline p = pipeline(Config.ofType("fake-grid").with("steps", 40).with("fail-at", 22));
        assertThatThrownBy(() -> run(p, 1)).isInstanceOf(RunFailedException.class);
        JsonNode r = report();
        assertThat(notices).as("the error stays the run's one line").isEmpty();
        assertThat(r.get("status").asText()).isEqualTo("failed");
        assertThat(r.get("errors")).singleElement().asString().contains("unexpected end of file at step 22");
        List<String> keys = new ArrayList<>();
        r.get("chunks").forEach(c -> keys.add(c.get("key").asText()));
        assertThat(keys).startsWith("c0", "c1", "c2", "c3").doesNotContain("c4");
        assertThat(r.get("totals").get("bytes_written").asLong()).isZero();
        assertThat(Files.exists(dir.resolve("out/rows.txt"))).isFalse();
    }

    @Test
    void aReportThatCannotBeWrittenIsAWarningAndTheRunSucceeds() throws IOException {
        Files.writeString(dir.resolve(".sluice"), "a file where the state directory should be");
        run(pipeline(Config.ofType("fake-grid").with("steps", 10)), 1);
        assertThat(dir.resolve("out/rows.txt")).isRegularFile();
        assertThat(notices).singleElement().asString().startsWith("sluice: warning: run report not written to "
                + dir.resolve(".sluice/runs"));
    }
}
