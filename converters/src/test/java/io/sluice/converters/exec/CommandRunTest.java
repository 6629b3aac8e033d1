package io.sluice.converters.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
        return new CommandRun(scratch, env, true, timeout, retry);
    }

    @Test
    void argumentsReachTheProgramOneByOneAsGiven() throws IOException {
        run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("sh", "-c", "printf '<%s>\\n' \"$@\" > out.txt",
                "sh", "a b", "$HOME", "'q'", ""), scratch);
        assertThat(Files.readAllLines(scratch.resolve("out.txt"))).containsExactly("<a b>", "<$HOME>", "<'q'>",
                "<>");
    }

    @Test
    void theProgramRunsInTheWorkingDirectory() throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("work here"));
        new CommandRun(folder, Map.of(), true, Duration.ofSeconds(30), Set.of()).run(List.of("sh", "-c",
                "pwd > " + scratch.resolve("out.txt")), scratch);
        assertThat(Files.readString(scratch.resolve("out.txt")).strip()).isEqualTo(folder.toString());
    }

    @Test
    void theProgramSeesThisEnvironmentWithTheStagesVariablesOnTop() throws IOException {
        run(Map.of("ONLY", "this", "HOME", "/elsewhere"), Duration.ofSeconds(30), Set.of()).run(List.of("sh", "-c",
                "env > out.txt"), scratch);
        Map<String, String> seen = environmentIn(scratch.resolve("out.txt"));
        assertThat(seen).containsEntry("ONLY", "this").containsEntry("HOME", "/elsewhere")
                .containsEntry("PATH", System.getenv("PATH"));
        assertThat(seen.keySet()).containsAll(System.getenv().keySet());
    }

    @Test
    void withoutInheritingTheProgramSeesOnlyPathAndTheStagesVariables() throws IOException {
        new CommandRun(scratch, Map.of("ONLY", "this"), false, Duration.ofSeconds(30), Set.of()).run(List.of("sh",
                "-c", "env > out.txt"), scratch);
        // sh itself sets PWD (and some shells SHLVL and _) when they are missing
        assertThat(environmentIn(scratch.resolve("out.txt")).keySet()).contains("PATH", "ONLY")
                .doesNotContain("HOME", "LANG").isSubsetOf("PATH", "ONLY", "PWD", "SHLVL", "_");
    }

    @Test
    void aPathGivenInTheEnvironmentIsWhereTheProgramIsLookedUp() throws IOException {
        Path bin = Files.createDirectory(scratch.resolve("bin"));
        Path tool = bin.resolve("only-here");
        Files.writeString(tool, "#!/bin/sh\necho found > \"$1\"\n");
        assertThat(tool.toFile().setExecutable(true)).isTrue();
        run(Map.of("PATH", bin + ":/usr/bin:/bin"), Duration.ofSeconds(30), Set.of())
                .run(List.of("only-here", scratch.resolve("out.txt").toString()), scratch);
        assertThat(Files.readString(scratch.resolve("out.txt")).strip()).isEqualTo("found");
    }

    @Test
    void aProgramReadingStandardInputSeesItsEndAtOnce() throws IOException {
        run(Map.of(), Duration.ofSeconds(20), Set.of()).run(List.of("sh", "-c",
                "if read x; then echo got > out.txt; else echo end > out.txt; fi"), scratch);
        assertThat(Files.readString(scratch.resolve("out.txt")).strip()).isEqualTo("end");
    }

    private static Map<String, String> environmentIn(Path file) throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                seen.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return seen;
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
                "exit 75"), scratch)).isInstanceOf(CommandFailure.class)
                .hasMessage("`sh -c 'exit 75'` exited with code 75; no error output")
                .satisfies(e -> assertThat(((CommandFailure) e).mayPassOnRetry()).isTrue());
    }

    @Test
    void anErrorOutputThatMentionsAFullDiskOrAnEndOfFileDoesNotChangeTheKind() {
        String script = "echo 'write: No space left on device' >&2; echo 'unexpected end of file' >&2; exit 75";
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of(75)).run(List.of("sh", "-c", script),
                scratch)).isInstanceOf(CommandFailure.class).hasNoCause()
                .hasMessageEndingWith("exited with code 75; stderr: write: No space left on device"
                        + " | unexpected end of file")
                .satisfies(e -> assertThat(((CommandFailure) e).mayPassOnRetry()).isTrue());
    }

    @Test
    void aTimeOutKillsTheProgramAndEveryProcessItStarted() throws Exception {
        Path pids = scratch.resolve("pids");
        String script = "sleep 60 & echo $! > " + pids + "; sleep 60";
        assertThatThrownBy(() -> run(Map.of(), Duration.ofMillis(500), Set.of()).run(List.of("sh", "-c", script),
                scratch)).isInstanceOf(CommandFailure.class)
                .satisfies(e -> assertThat(((CommandFailure) e).mayPassOnRetry()).isTrue())
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
    void aProgramThatIsNotFoundSaysWhichAndIsNotRetried() {
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of("no-such-program-x"),
                scratch)).isInstanceOf(CommandFailure.class).hasNoCause().hasMessage("cannot run `no-such-program-x`:"
                + " program 'no-such-program-x' is not found on the PATH (" + System.getenv("PATH")
                + ") or is not executable")
                .satisfies(e -> assertThat(((CommandFailure) e).mayPassOnRetry()).isFalse());
    }

    @Test
    void aProgramThatCannotStartSaysWhyAndIsNotRetried() throws IOException {
        Path notAProgram = scratch.resolve("bad-interpreter");
        Files.writeString(notAProgram, "#!/no/such/interpreter\n");
        assertThat(notAProgram.toFile().setExecutable(true)).isTrue();
        assertThatThrownBy(() -> run(Map.of(), Duration.ofSeconds(30), Set.of()).run(List.of(notAProgram.toString()),
                scratch)).isInstanceOf(CommandFailure.class).hasNoCause().hasMessageStartingWith("cannot run `"
                + notAProgram + "`: program '" + notAProgram + "' could not be started in " + scratch)
                .satisfies(e -> assertThat(((CommandFailure) e).mayPassOnRetry()).isFalse());
    }
}
