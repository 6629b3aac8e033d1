package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run tells on standard error when it is not a terminal: plain progress lines through the log, each
 * with the run id; nothing with {@code --quiet}; debug lines with {@code --debug}. The pipeline takes the seasonal
 * means of {@code tas_daily_small.nc}: 17 season chunks reading 1461 steps x 6 x 8 cells of 4-byte floats =
 * 280,512 bytes ("281 kB").
 */
class ProgressOutputIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d INFO run (\\d{8}-\\d{6}-[0-9a-f]{6}): (.*)");
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/17 chunks \\((\\d+) %\\), .*");

    @TempDir
    Path dir;

    private Path pipeline() throws Exception {
        Path file = dir.resolve("means.yaml");
        Files.writeString(file, "pipeline: tas-means\nsource: { type: netcdf, path: "
                + TESTDATA.resolve("tas_daily_small.nc") + ", variables: [tas] }\nsplit: { type: season }\n"
                + "stages:\n  - { type: mean, over: time }\nsink: { type: csv, path: out/means.csv }\n");
        return file;
    }

    @Test
    void inAPipeTheRunPrintsPlainProgressLinesEachCarryingItsRunId() throws Exception {
        Path pipeline = pipeline();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(SluiceJvm.command(List.of("-Dsluice.chunkPauseMillis=20"), "run",
                pipeline.toString(), "--parallelism", "2")).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(Files.readString(out)).startsWith("pipeline tas-means: 17 chunks").doesNotContain("INFO");

        List<String> messages = new ArrayList<>();
        String runId = null;
        // the run report's notice (docs/run-reports.md) is a plain line of its own
        assertThat(lines).filteredOn(l -> l.startsWith("report: ")).hasSize(1);
        for (String line : lines.stream().filter(l -> !l.startsWith("report: ")).toList()) {
            Matcher m = LOG_LINE.matcher(line);
            assertThat(m.matches()).as("a log line with the run id: %s", line).isTrue();
            runId = runId == null ? m.group(1) : runId;
            assertThat(m.group(1)).isEqualTo(runId);
            messages.add(m.group(2));
        }
        assertThat(Console.run("history", pipeline.toString()).out()).contains(runId + " tas-means");
        assertThat(messages.get(0)).isEqualTo("pipeline tas-means: 17 chunks, about 281 kB to read, 2 workers, output "
                + dir.resolve("out/means.csv"));
        List<Integer> counts = new ArrayList<>();
        for (String message : messages.subList(1, messages.size())) {
            Matcher m = PROGRESS.matcher(message);
            assertThat(m.matches()).as(message).isTrue();
            counts.add(Integer.parseInt(m.group(1)));
        }
        // the first count past each tenth of 17 chunks: 2 (11 %), 4, 6, 7, 9, 11, 12, 14, 16 (94 %); a slow machine
        // may add lines every 10 s
        assertThat(counts).isSorted().doesNotHaveDuplicates().contains(2, 4, 6, 7, 9, 11, 12, 14, 16);
        assertThat(messages.get(messages.size() - 1)).startsWith("17/17 chunks (100 %), 281 kB read, ")
                .contains(" done in ");
    }

    @Test
    void quietPrintsTheSummaryAndNothingElse() throws Exception {
        Console c = Console.run("run", pipeline().toString(), "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        // no progress and no information line; only the run report's notice of where it went
        assertThat(c.err().lines()).singleElement().asString().startsWith("report: ");
        assertThat(c.out()).startsWith("pipeline tas-means: 17 chunks, 70,128 values (280,512 bytes) read, 816 rows");
    }

    @Test
    void debugShowsDebugLinesWithTheirThreadLoggerAndRunId() throws Exception {
        Console c = Console.run("run", pipeline().toString(), "--debug", "--parallelism", "2");
        assertThat(c.exitCode()).as(c.err()).isZero();
        // DJF-1981 holds January and February 1981: 31 + 28 = 59 steps
        assertThat(c.err()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} DEBUG \\[main\\] io\\.sluice\\.core\\.run\\."
                + "LocalRunner run \\d{8}-\\d{6}-[0-9a-f]{6}: chunk DJF-1981 done: 59 steps in \\d+ ms$");
        assertThat(c.err()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO \\[ForkJoinPool-\\d+-worker-\\d+\\] "
                + "io\\.sluice\\.cli\\.PlainProgress run \\d{8}-\\d{6}-[0-9a-f]{6}: 2/17 chunks");
    }

    @Test
    void convertShowsProgressToo() throws Exception {
        Console c = Console.run("convert", TESTDATA.resolve("tas_daily_small.nc").toString(),
                dir.resolve("tas.csv").toString(), "--split", "year");
        assertThat(c.exitCode()).as(c.err()).isZero();
        // 1461 days from 1981 to 1984: 4 year chunks
        assertThat(c.err()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d INFO run \\S+: pipeline convert: 4 chunks, ")
                .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d INFO run \\S+: 4/4 chunks \\(100 %\\), 281 kB read, ");
    }
}
