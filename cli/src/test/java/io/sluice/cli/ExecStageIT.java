package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code exec} stage through the command line: a pipeline that pitches each season of a NetCDF file to CDO
 * gives what running CDO by hand gives, whatever the parallelism; a failing command fails the run with one line
 * (the command, its exit code, the end of its error output), exit code 1, nothing at the target and no files left.
 * Tables go through the stage too.
 */
class ExecStageIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final Path INPUT = TESTDATA.resolve("tas_daily_small.nc");
    /**
     * The file's seasons, worked out by hand from its dates (daily, 1981-01-01 to 1984-12-31, standard calendar):
     * December belongs to the next year's DJF, so the file starts with January-February 1981 and ends with
     * December 1984 alone.
     */
    private static final List<String> SEASONS = List.of("1981-01-01,1981-02-28", "1981-03-01,1981-05-31",
            "1981-06-01,1981-08-31", "1981-09-01,1981-11-30", "1981-12-01,1982-02-28", "1982-03-01,1982-05-31",
            "1982-06-01,1982-08-31", "1982-09-01,1982-11-30", "1982-12-01,1983-02-28", "1983-03-01,1983-05-31",
            "1983-06-01,1983-08-31", "1983-09-01,1983-11-30", "1983-12-01,1984-02-29", "1984-03-01,1984-05-31",
            "1984-06-01,1984-08-31", "1984-09-01,1984-11-30", "1984-12-01,1984-12-31");

    /** A folder name a shell would split, run or expand if a value were pasted into a script. */
    private static final String HOSTILE = "sp ace;touch INJECTED $(touch SUB) 'q'";

    @TempDir
    Path dir;

    private Path pipeline(String name, String stage) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "pipeline: " + name + "\nsource: { type: netcdf, path: \"" + INPUT + "\", variables:"
                + " [tas] }\nsplit: { type: season }\nretries: { max: 1, backoff: 10ms..10ms }\nstages:\n  - " + stage
                + "\nsink: { type: netcdf, path: out/" + name + ".nc }\n");
        return file;
    }

    private Console run(Path pipeline, int parallelism) {
        return Console.run("run", pipeline.toString(), "--parallelism", Integer.toString(parallelism));
    }

    /**
     * By hand, for each season: {@code cdo -s timmean -seldate,FIRSTT00:00:00,LASTT23:59:59 tas_daily_small.nc
     * mean_NN.nc}, then {@code cdo -s mergetime mean_*.nc by_hand.nc}.
     */
    private Path cdoByHand() throws Exception {
        List<String> means = new ArrayList<>();
        for (int i = 0; i < SEASONS.size(); i++) {
            String[] range = SEASONS.get(i).split(",");
            Path mean = dir.resolve(String.format("mean_%02d.nc", i));
            CdoRun.cdo("timmean", "-seldate," + range[0] + "T00:00:00," + range[1] + "T23:59:59", INPUT.toString(),
                    mean.toString());
            means.add(mean.toString());
        }
        Path byHand = dir.resolve("by_hand.nc");
        List<String> args = new ArrayList<>(List.of("mergetime"));
        args.addAll(means);
        args.add(byHand.toString());
        CdoRun.cdo(args.toArray(String[]::new));
        return byHand;
    }

    @Test
    void eachSeasonPitchedToCdoGivesWhatCdoGivesByHandWithOneOrFourWorkers() throws Exception {
        Path byHand = cdoByHand();
        for (int parallelism : new int[] {1, 4}) {
            Console c = run(pipeline("cdo" + parallelism, "{ type: exec, command: [cdo, -s, timmean, \"{input}\","
                    + " \"{output}\"] }"), parallelism);
            assertThat(c.exitCode()).as(c.err()).isZero();
            Path ours = dir.resolve("out/cdo" + parallelism + ".nc");
            GridComparison.assertSameGrid(byHand, ours, "time", new String[] {"lat", "lon"}, "tas");
            assertThat(CdoRun.values(ours, "time_bnds")).containsExactly(CdoRun.values(byHand, "time_bnds"));
            assertThat(CdoRun.values(ours, "time")).hasSize(SEASONS.size());
        }
        assertThat(filesUnder(dir.resolve("out"))).containsExactlyInAnyOrder("cdo1.nc", "cdo4.nc");
    }

    /** CDO itself refuses such paths (spaces, ';'), so the script copies each chunk: the output is the input. */
    @Test
    void aShellScriptGetsHostilePathsAsOneWordUnquotedOrInDoubleQuotes() throws Exception {
        String[] scripts = {"cp {input} {output} 2>&1 | cat >&2", "cp \\\"{input}\\\" \\\"{output}\\\""};
        for (int i = 0; i < scripts.length; i++) {
            // the chunk's files are in staging beside the target, so {input} and {output} hold this folder's name
            Path p = Files.writeString(dir.resolve("shell" + i + ".yaml"), Files.readString(pipeline("shell" + i,
                    "{ type: exec, shell: true, command: \"" + scripts[i] + "\" }")).replace("path: out/shell" + i
                    + ".nc", "path: \"" + HOSTILE + "/shell" + i + ".nc\""));
            Console c = run(p, 2);
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(CdoRun.values(dir.resolve(HOSTILE + "/shell" + i + ".nc"), "tas"))
                    .containsExactly(CdoRun.values(INPUT, "tas"));
        }
        for (Path folder : new Path[] {Path.of(""), dir}) {
            assertThat(folder.resolve("INJECTED")).doesNotExist();
            assertThat(folder.resolve("SUB")).doesNotExist();
        }
    }

    @Test
    void cdoWithABadOperatorFailsTheRunWithTheCommandItsExitCodeAndItsErrorOutput() throws IOException {
        Console c = run(pipeline("badop", "{ type: exec, command: [cdo, -s, timmeen, \"{input}\", \"{output}\"] }"),
                1);
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.errLinesBesidesInfo()).singleElement().satisfies(line -> assertThat(line)
                .matches("sluice: run \\d{8}-\\d{6}-[0-9a-f]{6}: .*")
                .contains(": " + INPUT + " chunk DJF-1981 (time 0..58): exec failed: `cdo -s timmeen ")
                .contains("` exited with code 1; stderr: ").contains("Operator not found")
                .doesNotContain("Exception").doesNotContain("\u001b"));
        assertNothingLeft();
    }

    @Test
    void aCommandThatFailsSilentlySaysSo() throws IOException {
        Console c = run(pipeline("false", "{ type: exec, command: [\"false\", \"{output}\"] }"), 4);
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("exec failed: `false ").contains("` exited with code 1; no error output");
        assertThat(c.err().lines().filter(l -> l.startsWith("sluice:")).count()).isEqualTo(1);
        assertNothingLeft();
    }

    @Test
    void aCommandThatWritesNoOutputFailsTheRun() throws IOException {
        Console c = run(pipeline("nothing", "{ type: exec, command: [\"true\", \"{input}\", \"{output}\"] }"), 1);
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("exec failed: `true ").contains("` exited with code 0 but wrote no file at"
                + " {output} (");
        assertNothingLeft();
    }

    @Test
    void aCommandThatTimesOutIsKilledRetriedOnceAndThenFailsTheRun() throws Exception {
        Path pids = dir.resolve("pids.txt");
        Console c = run(pipeline("slow", "{ type: exec, timeout: 1s, command: [sh, -c, \"sleep 60 & echo $! >> "
                + pids + "; wait\", sh, \"{output}\"] }"), 1);
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("retried chunk DJF-1981: attempt 2").contains("timed out after 1s and was killed"
                + " with the processes it started").contains("(after 1 retries)");
        // the first attempt and the retry each started a sleep, and each was killed
        assertThat(Files.readAllLines(pids)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ProcessState.stillRunning(pids)).as("sleeps still running").isEmpty();
        assertNothingLeft();
    }

    @Test
    void aProgramThatIsNotInstalledIsAnInvalidPipelineNamedWhereItIsWritten() throws IOException {
        Path p = pipeline("missing", "{ type: exec, command: [cdo-not-installed, \"{input}\", \"{output}\"] }");
        Console c = run(p, 1);
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().strip()).isEqualTo(p + ":6:29 stages[0].command[0]: program 'cdo-not-installed' is not"
                + " found on the PATH (" + System.getenv("PATH") + "); install it, give its path, or set PATH in env");
    }

    @Test
    void anOutputOnAnotherGridFailsNamingWhatDiffers() throws IOException {
        Console c = run(pipeline("fldmean", "{ type: exec, command: [cdo, -s, fldmean, \"{input}\", \"{output}\"] }"),
                1);
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("has the grid [lat[1], lon[1]]; expected [lat[6], lon[8]] as in the input");
        assertNothingLeft();
    }

    @Test
    void tableRowsGoThroughParquetByDefaultOrThroughCsvWhenAsked() throws Exception {
        Files.writeString(dir.resolve("obs.csv"), "station,day,temp\nA,2001-01-02,1.5\nB,2001-01-01,-2.25\n"
                + "C,2001-01-03,3\n");
        Files.writeString(dir.resolve("copy.yaml"), "pipeline: copy\nsource: { type: csv, path: obs.csv }\nstages:\n"
                + "  - { type: exec, command: [cp, \"{input}\", \"{output}\"] }\n"
                + "  - { type: filter, where: \"temp > 0\" }\nsink: { type: csv, path: out/copy.csv }\n");
        Files.writeString(dir.resolve("sort.yaml"), "pipeline: sort\nsource: { type: csv, path: obs.csv }\nstages:\n"
                + "  - type: exec\n    format: csv\n    shell: true\n    command: \"head -1 {input} > {output};"
                + " tail -n +2 {input} | sort -t, -k2 >> {output}\"\nsink: { type: csv, path: out/sort.csv }\n");
        for (String name : new String[] {"copy", "sort"}) {
            Console c = Console.run("run", dir.resolve(name + ".yaml").toString());
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
        assertThat(Files.readAllLines(dir.resolve("out/copy.csv"))).containsExactly("station,day,temp",
                "A,2001-01-02,1.5", "C,2001-01-03,3.0");
        assertThat(Files.readAllLines(dir.resolve("out/sort.csv"))).containsExactly("station,day,temp",
                "B,2001-01-01,-2.25", "A,2001-01-02,1.5", "C,2001-01-03,3.0");
    }

    /** No output at the target, and no staging or scratch files: the only chunk that ran failed. */
    private void assertNothingLeft() throws IOException {
        assertThat(filesUnder(dir.resolve("out"))).isEmpty();
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).toList();
        }
    }
}
