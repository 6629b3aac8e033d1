package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose command fails on one chunk keeps the chunks completed before it, without any of the commands'
 * files; once the command works, {@code --resume} reuses them and the output is what {@code cdo seasmean}
 * gives. The same stage works on a table (CSV rows through Parquet files, or through CSV files).
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
}
