package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose command fails on one chunk keeps the chunks completed before it, without any of the commands'
 * files; once the command works, {@code --resume} reuses them and the output is what {@code cdo seasmean}
 * gives. A run stopped with SIGTERM kills the commands still running.
 */
class ExecStageResumeIT {
    private static final Path INPUT = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void chunksCompletedBeforeAFailingCommandAreReusedByResume() throws Exception {
        Path marker = Files.writeString(dir.resolve("fail-jja"), "");
        Path pipeline = dir.resolve("p.yaml");
        Files.writeString(pipeline, "pipeline: p\nsource: { type: netcdf, path: \"" + INPUT + "\", variables: [tas] }\n"
                + "split: { type: season }\nstages:\n  - type: exec\n    command: [sh, -c, 'if [ -e \"$1\" ] && [ \"$2\""
                + " = JJA-1982 ]; then echo no JJA today >&2; exit 4; fi; exec cdo -s timmean \"$3\" \"$4\"', sh, \""
                + marker + "\", \"{chunk}\", \"{input}\", \"{output}\"]\nsink: { type: netcdf, path: out/p.nc }\n");
        Console failed = Console.run("run", pipeline.toString(), "--parallelism", "1");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("chunk JJA-1982 (time 516..607): exec failed: `sh -c ")
                .contains("exited with code 4; stderr: no JJA today; the chunks completed so far are kept: run again"
                        + " with --resume");
        Path staging = dir.resolve("out/.p.nc.sluice-staging");
        assertThat(dir.resolve("out/p.nc")).doesNotExist();
        try (Stream<Path> files = Files.walk(staging)) {
            assertThat(files.map(f -> staging.relativize(f).toString())).noneMatch(f -> f.contains("input.nc")
                    || f.contains("output.nc") || f.contains("stderr"));
        }

        Files.delete(marker);
        Console resumed = Console.run("run", pipeline.toString(), "--parallelism", "2", "--resume");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        // the six seasons before JJA-1982 (and the next one, if it finished before the run stopped it)
        assertThat(resumed.out()).containsPattern("resumed: [67] of 17 chunks reused from the interrupted run");
        Path seasmean = dir.resolve("seasmean.nc");
        CdoRun.cdo("seasmean", INPUT.toString(), seasmean.toString());
        GridComparison.assertSameGrid(seasmean, dir.resolve("out/p.nc"), "time", new String[] {"lat", "lon"}, "tas");
        assertThat(staging).doesNotExist();
    }

    @Test
    void sigtermKillsTheCommandsStillRunningAndLeavesNoOutput() throws Exception {
        Path pids = dir.resolve("pids.txt");
        Path pipeline = dir.resolve("slow.yaml");
        Files.writeString(pipeline, "pipeline: slow\nsource: { type: netcdf, path: \"" + INPUT + "\", variables:"
                + " [tas] }\nsplit: { type: season }\nstages:\n  - { type: exec, command: [sh, -c, \"sleep 300 &"
                + " echo $! >> " + pids + "; wait\", sh, \"{output}\"] }\nsink: { type: netcdf, path: out/slow.nc }\n");
        try (ChildProcess child = ChildProcess.start(dir, "run", pipeline.toString(), "--parallelism", "2")) {
            awaitLines(pids, 2);
            child.terminate();
        }
        // read again after the JVM ended: a command started while it was shutting down is listed too
        assertThat(Files.readAllLines(pids)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ProcessState.stillRunning(pids)).as("sleeps still running after SIGTERM").isEmpty();
        try (Stream<Path> left = Files.walk(dir.resolve("out"))) {
            assertThat(left.map(f -> dir.relativize(f).toString())).as("no output, staging or scratch")
                    .containsExactly("out");
        }
    }

    /** The lines of {@code file} once it has {@code count} of them (the commands have started), within a minute. */
    private static List<String> awaitLines(Path file, int count) throws Exception {
        for (int i = 0; i < 1200; i++) {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            if (lines.size() >= count) {
                return lines;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the commands did not start within a minute");
    }
}
