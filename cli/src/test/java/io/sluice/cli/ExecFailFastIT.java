package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing command stops the run at once: the commands of other chunks still running are killed, no chunk
 * starts after the failure, and the error is the failing chunk's even when a chunk before it in plan order was
 * still running. Settings that would fail every chunk are refused by {@code sluice validate}.
 */
class ExecFailFastIT {
    private static final Path INPUT = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** A guard against a run that waits for the 300 s sleep, not a timing assertion: the test is about order. */
    @Test
    @Timeout(240)
    void aFailingChunkStopsTheRunWhileAnEarlierChunksCommandStillRuns() throws Exception {
        Path pids = dir.resolve("pids.txt");
        Path started = dir.resolve("started.txt");
        // DJF-1981 starts a long sleep; MAM-1981 waits until it runs, then fails; every chunk notes that it started
        String script = "echo \"$1\" >> " + started + "; if [ \"$1\" = DJF-1981 ]; then sleep 300 & echo $! >> "
                + pids + "; wait; fi; if [ \"$1\" = MAM-1981 ]; then while [ ! -s " + pids + " ]; do sleep 0.1; done;"
                + " echo boom >&2; exit 3; fi; exec cdo -s timmean \"$2\" \"$3\"";
        Path pipeline = Files.writeString(dir.resolve("p.yaml"), "pipeline: p\nsource: { type: netcdf, path: \""
                + INPUT + "\", variables: [tas] }\nsplit: { type: season }\nstages:\n  - type: exec\n    command: [sh,"
                + " -c, '" + script.replace("'", "''") + "', sh, \"{chunk}\", \"{input}\", \"{output}\"]\n"
                + "sink: { type: netcdf, path: out/p.nc }\n");
        Console c = Console.run("run", pipeline.toString(), "--parallelism", "2");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("chunk MAM-1981 (time 59..150): exec failed: `sh -c ")
                .contains("exited with code 3; stderr: boom");
        assertThat(Files.readAllLines(started)).containsExactlyInAnyOrder("DJF-1981", "MAM-1981");
        assertThat(ProcessState.stillRunning(pids)).as("the sleep of DJF-1981").isEmpty();
        try (Stream<Path> left = Files.walk(dir.resolve("out"))) {
            assertThat(left.map(f -> dir.relativize(f).toString())).containsExactly("out");
        }
    }

    @Test
    void aGridThroughATableFormatIsAnInvalidPipelineNamedWhereItIsWritten() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("fmt.yaml"), "pipeline: fmt\nsource: { type: netcdf, path: \""
                + INPUT + "\", variables: [tas] }\nsplit: { type: year }\nstages:\n"
                + "  - { type: exec, format: csv, per: file, command: [cp, \"{input}\", \"{output}\"] }\n"
                + "sink: { type: netcdf, path: out/fmt.nc }\n");
        Console c = Console.run("validate", pipeline.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().lines().toList()).contains(
                pipeline + ":5:19 stages[0].format: 'csv' holds tables, and the source is a grid; use format: netcdf"
                        + " (the default for grids)",
                pipeline + ":5:32 stages[0].per: file needs a NetCDF grid source of several files (such as path:"
                        + " data/tas_*.nc) and format netcdf; this source is 1 file(s) with format csv; use per: chunk");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
