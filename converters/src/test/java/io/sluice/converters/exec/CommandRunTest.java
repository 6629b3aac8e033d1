package io.sluice.converters.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running programs: arguments passed as given, environment, exit codes, error output and time-outs. */
class CommandRunTest {
    @TempDir
    Path scratch;

    private CommandRun run(Map<String, String> env, Duration timeout, Set<Integer> retry) {
        return new CommandRun(scratch, env, timeout, retry);
    }

    @Test
    void argumentsReachTheProgramOneByOneAsGiven() throws IOException {
        run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("printf", "<%s>\\n", "a b", "$HOME", "'q'", ""),
                scratch);
        assertThat(Files.readAllLines(scratch.resolve("stdout.txt"))).containsExactly("<a b>", "<$HOME>", "<'q'>",
                "<>");
    }

    @Test
    void theProgramRunsInTheWorkingDirectory() throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("work here"));
        new CommandRun(folder, Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("pwd"), scratch);
        assertThat(Files.readString(scratch.resolve("stdout.txt")).strip()).isEqualTo(folder.toString());
    }

    @Test
    void theProgramSeesOnlyTheGivenEnvironmentAndPath() throws IOException {
        run(Map.of("ONLY", "this"), Duration.ofSeconds(30), Set.of()).run(List.of("env"), scratch);
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(scratch.resolve("stdout.txt"))) {
            names.add(line.substring(0, line.indexOf('=')));
        }
        assertThat(names).containsExactlyInAnyOrder("PATH", "ONLY");
    }

    @Test
    void aNonZeroExitNamesTheCommandTheCodeAndTheLastLinesOfStandardError() {
        String script = "for i in $(seq 1 25); do echo line $i >&2; done; exit 3";
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("sh", "-c", script),
                scratch)).isInstanceOf(CommandFailure.class).hasMessage("`sh -c '" + script.replace("'", "'\\''")
                + "'` exited with code 3; stderr: line 6 | line 7 | line 8 | line 9 | line 10 | line 11 | line 12 |"
                + " line 13 | line 14 | line 15 | line 16 | line 17 | line 18 | line 19 | line 20 | line 21 | line 22 |"
                + " line 23 | line 24 | line 25");
    }

    @Test
    void anExitCodeListedAsRetryableIsTransient() {
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of(75)).run(List.of("sh", "-c",
                "exit 75"), scratch)).isInstanceOf(TransientCommandFailure.class)
                .hasMessage("`sh -c 'exit 75'` exited with code 75; no error output");
    }

    @Test
    void aTimeOutKillsTheProgramAndEveryProcessItStarted() throws Exception {
        Path pids = scratch.resolve("pids");
        String script = "sleep 60 & echo $! > " + pids + "; sleep 60";
        assertThatThrownBy(() -> run(Map.of(), Duration.ofMillis(500), Set.of()).run(List.of("sh", "-c", script),
                scratch)).isInstanceOf(TransientCommandFailure.class)
                .hasMessageContaining("timed out after 500ms and was killed with the processes it started");
        long child = Long.parseLong(Files.readString(pids).trim());
        assertThat(runningAfterAWhile(child)).as("background sleep").isFalse();
    }

    /**
     * Whether a process still runs 10 s on: a killed process whose parent died before reaping it stays a zombie
     * ({@code Z} in {@code /proc/PID/stat}) where the container's first process does not reap orphans.
     */
    static boolean runningAfterAWhile(long pid) throws InterruptedException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        for (int i = 0; i < 100; i++) {
            String text;
            try {
                text = Files.readString(stat);
            } catch (IOException e) {
                return false;
            }
            if (text.substring(text.lastIndexOf(')') + 2).startsWith("Z")) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Test
    void aProgramThatCannotStartSaysWhichAndWhy() {
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("no-such-program-x"),
                scratch)).isInstanceOf(CommandFailure.class).hasMessageStartingWith("cannot run `no-such-program-x`:"
                + " program 'no-such-program-x' could not be started in " + scratch)
                .hasMessageContaining("No such file or directory");
    }
}
