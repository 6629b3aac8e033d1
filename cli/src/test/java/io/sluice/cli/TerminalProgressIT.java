package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar in a real terminal: the command runs in a pseudo-terminal made by util-linux's
 * {@code script}, 120 columns wide, with {@code TERM=xterm}. The bar redraws itself on one line (frames
 * separated by carriage returns), shows the chunks done of 17, and ends on its own line with its final state.
 * 17 season chunks of {@code tas_daily_small.nc} read 280,512 bytes ("281 kB", see {@link ProgressOutputIT}).
 */
class TerminalProgressIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final Pattern FRAME = Pattern.compile("tas-means +(\\d+)% \\[[=> ]*\\] +(\\d+)/17 \\([^)]*\\) (.*)");

    @TempDir
    Path dir;

    private Process inTerminal(int pauseMillis, Path output) throws Exception {
        return inTerminal(pauseMillis, output, "");
    }

    /** The run in the terminal, {@code redirect} added to its shell line (such as {@code > report.txt}). */
    private Process inTerminal(int pauseMillis, Path output, String redirect) throws Exception {
        Path pipeline = dir.resolve("means.yaml");
        Files.writeString(pipeline, "pipeline: tas-means\nsource: { type: netcdf, path: "
                + TESTDATA.resolve("tas_daily_small.nc") + ", variables: [tas] }\nsplit: { type: season }\n"
                + "stages:\n  - { type: mean, over: time }\nsink: { type: csv, path: out/means.csv }\n");
        String sluice = SluiceJvm.shellLine(SluiceJvm.command(List.of("-Dsluice.chunkPauseMillis=" + pauseMillis),
                "run", pipeline.toString(), "--parallelism", "1"));
        ProcessBuilder b = new ProcessBuilder("script", "-qfec", "stty cols 120 rows 40; exec " + sluice + redirect,
                "/dev/null")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        b.environment().put("TERM", "xterm");
        return b.start();
    }

    @Test
    void aRunInATerminalShowsALiveBarThatEndsWithItsFinalStateOnItsOwnLine() throws Exception {
        Path output = dir.resolve("terminal.txt");
        Process p = inTerminal(100, output);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(screen).isZero();
        List<Matcher> frames = frames(screen);
        assertThat(frames).as(screen).anySatisfy(f -> assertThat(Integer.parseInt(f.group(2))).isBetween(1, 16));
        Matcher last = frames.get(frames.size() - 1);
        assertThat(last.group(1)).as(screen).isEqualTo("100");
        assertThat(last.group(2)).isEqualTo("17");
        assertThat(last.group(3)).startsWith("done: 281 kB read, ");
        // the final frame is followed by a line break, the one log line saying where the run's report is, then the
        // summary on standard output
        assertThat(screen).containsPattern("done: 281 kB read, [^\\r\\n]*\\r?\\n\\d\\d:\\d\\d:\\d\\d INFO run [-0-9a-f]+: "
                + "report: [^\\r\\n]*report.html\\r?\\n(\\r?\\n)?pipeline tas-means: 17 chunks");
        assertThat(screen.split("INFO", -1)).hasSize(2);
    }

    @Test
    void theBarIsDrawnOnStandardErrorWhenStandardOutputGoesToAFile() throws Exception {
        // `sluice run p.yaml > report.txt` in a terminal: the report goes to the file, the bar to the terminal
        Path output = dir.resolve("terminal.txt");
        Path report = dir.resolve("report.txt");
        Process p = inTerminal(20, output, " > " + SluiceJvm.shellLine(List.of(report.toString())));
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(screen).isZero();
        List<Matcher> frames = frames(screen);
        assertThat(frames).as(screen).isNotEmpty();
        assertThat(frames.get(frames.size() - 1).group(3)).startsWith("done: 281 kB read, ");
        // on the terminal: the bar, then the one log line saying where the run's report is
        assertThat(screen).doesNotContain("pipeline tas-means: 17 chunks").containsPattern("INFO run [-0-9a-f]+: report: ");
        assertThat(screen.split("INFO", -1)).hasSize(2);
        assertThat(Files.readString(report)).startsWith("pipeline tas-means: 17 chunks");
    }

    @Test
    void aRunStoppedBySignalEndsItsBarOnItsOwnLineMarkedInterrupted() throws Exception {
        Path output = dir.resolve("terminal.txt");
        Process p = inTerminal(300, output);
        try {
            awaitFrame(output);
            // SIGTERM takes the JVM's shutdown path, as Ctrl-C's SIGINT does (which a shell may have ignored for us)
            ProcessHandle java = p.toHandle().descendants()
                    .filter(h -> h.info().command().orElse("").endsWith("/java")).findFirst().orElseThrow();
            new ProcessBuilder("kill", "-TERM", Long.toString(java.pid())).inheritIO().start().waitFor();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        String screen = Files.readString(output, StandardCharsets.UTF_8);
        List<Matcher> frames = frames(screen);
        Matcher last = frames.get(frames.size() - 1);
        assertThat(Integer.parseInt(last.group(2))).as(screen).isLessThan(17);
        assertThat(last.group(3)).as(screen).startsWith("interrupted: ");
        assertThat(screen).as(screen).containsPattern("interrupted: [^\\r\\n]*\\r?\\n");
    }

    /** Waits until the bar has been drawn with at least one chunk done. */
    private static void awaitFrame(Path output) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < end) {
            if (frames(Files.readString(output, StandardCharsets.UTF_8)).stream()
                    .anyMatch(f -> !f.group(2).equals("0"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no progress bar within a minute: " + Files.readString(output));
    }

    /** Every drawing of the bar, in order: the text between carriage returns and line breaks. */
    private static List<Matcher> frames(String screen) {
        return Pattern.compile("[\\r\\n]+").splitAsStream(screen).map(String::strip).map(FRAME::matcher)
                .filter(Matcher::matches).toList();
    }
}
