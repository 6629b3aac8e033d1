package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sluice} command end to end: outputs, messages and exit codes. */
class SluiceCommandIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path pipeline(String name, String source, String stage, String sink) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "pipeline: t\nsource: " + source + "\nsplit: { type: season }\nstages:\n  - "
                + stage + "\nsink: " + sink + "\n");
        return file;
    }

    @Test
    void runWritesTheOutputAndPrintsTheReport() throws Exception {
        Path p = pipeline("p.yaml", "{ type: netcdf, path: " + TESTDATA.resolve("multi_daily_small.nc") + " }",
                "{ type: mean, over: time }", "{ type: csv, path: out/means.csv }");
        Console c = Console.run("run", p.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("17 chunks", "incomplete chunks kept: DJF-1981 (59 steps), DJF-1985 (31 steps)");
        assertThat(Files.readAllLines(dir.resolve("out/means.csv")).get(0)).isEqualTo("season,year,lat,lon,tas,pr,count,complete");
    }

    @Test
    void outputIsByteIdenticalWithOneOrFourWorkers() throws Exception {
        String source = "{ type: netcdf, path: " + TESTDATA.resolve("multi_daily_small.nc") + " }";
        Path one = pipeline("one.yaml", source, "{ type: max, over: time }", "{ type: csv, path: one.csv }");
        Path four = pipeline("four.yaml", source, "{ type: max, over: time }", "{ type: csv, path: four.csv }");
        assertThat(Console.run("run", one.toString(), "--parallelism", "1").exitCode()).isZero();
        assertThat(Console.run("run", four.toString(), "--parallelism", "4").exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("four.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("one.csv")));
    }

    @Test
    void validatePrintsEveryProblemWithLineAndColumnAndExits2() throws Exception {
        Path p = dir.resolve("broken.yaml");
        Files.writeString(p, """
                pipeline: broken
                source: { type: netcdf, path: data.nc, varibles: [tas] }
                split:  { type: seasn }
                stages:
                  - { type: mean, over: lat }
                sink:   { type: csv, path: out.csv, delimiter: ab }
                """);
        Console c = Console.run("validate", p.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        String[] lines = c.err().strip().split("\\R");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo(p + ":2:25 source.path: data.nc: no such file");
        assertThat(lines[1]).isEqualTo(p + ":2:40 source.varibles: unknown key; expected one of type, path,"
                + " variables, time. Did you mean 'variables'?");
        assertThat(lines[2]).startsWith(p + ":3:11 split.type: unknown split type 'seasn'").endsWith("Did you mean 'season'?");
        assertThat(lines[3]).startsWith(p + ":5:19 stages[0].over:");
        assertThat(lines[4]).startsWith(p + ":6:37 sink.delimiter:");
        assertThat(c.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validateReportsSourceAndSettingsProblemsTogether() throws Exception {
        Path p = dir.resolve("mixed.yaml");
        Files.writeString(p, "pipeline: mixed\nsource: { type: netcdf, path: " + TESTDATA.resolve("tas_daily_small.nc")
                + ", variables: [tass] }\nsplit: { type: season }\nstages:\n  - { type: mean, over: time, group-by: month }\n"
                + "sink: { type: csv, path: o.csv, overwrit: false }\n");
        Console c = Console.run("validate", p.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().strip().split("\\R")).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("source.variables[0]: 'tass' is not in"))
                .anySatisfy(l -> assertThat(l).contains("sink.overwrit: unknown key"));
    }

    @Test
    void runReportsEveryProblemOfAnInvalidPipelineAsValidateDoes() {
        Path broken = Path.of("../examples/broken-pipeline/pipeline.yaml");
        Console run = Console.run("run", broken.toString());
        Console validate = Console.run("validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(validate.err());
        assertThat(run.err().strip().split("\\R")).hasSize(4);
    }

    @Test
    void validateNamesAVariableThatIsNotInTheFile() throws Exception {
        Path p = pipeline("v.yaml", "{ type: netcdf, path: " + TESTDATA.resolve("multi_daily_small.nc")
                + ", variables: [tass] }", "{ type: mean, over: time }", "{ type: csv, path: o.csv }");
        Console c = Console.run("validate", p.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().strip()).endsWith("source.variables[0]: 'tass' is not in " + TESTDATA.resolve(
                "multi_daily_small.nc") + "; available: pr, tas. Did you mean 'tas'?");
        assertThat(Console.run("validate", pipeline("ok.yaml", "{ type: netcdf, path: " + TESTDATA.resolve(
                "multi_daily_small.nc") + " }", "{ type: mean, over: time }", "{ type: csv, path: o.csv }")
                .toString()).out()).contains("is valid (17 chunks)");
    }

    @Test
    void planListsChunksWithTimeRangesWithoutWritingAnything() throws Exception {
        Path p = pipeline("plan.yaml", "{ type: netcdf, path: " + TESTDATA.resolve("tas_daily_360day.nc") + " }",
                "{ type: mean, over: time }", "{ type: csv, path: plan.csv }");
        Console c = Console.run("plan", p.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("1080 time steps, 360_day calendar");
        String djf = Arrays.stream(c.out().split("\\R")).filter(l -> l.contains("DJF-1982")).findFirst().orElseThrow();
        // 360_day: Dec 1981 starts at day 330; DJF-1982 = 90 steps
        assertThat(djf).contains("time 330..419", "1981-12-01", "1982-02-30", " 90 ", "yes");
        assertThat(c.out()).contains("total: 13 chunks");
        assertThat(dir.resolve("plan.csv")).doesNotExist();
    }

    @Test
    void inspectShowsTheTimeRangeDecodedInTheFilesCalendar() {
        Console c = Console.run("inspect", TESTDATA.resolve("tas_daily_noleap.nc").toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("NetCDF-3", "dimensions:", "float tas(time, lat, lon)", "units = K",
                "calendar noleap", "1095 steps");
        assertThat(Console.run("inspect", dir.resolve("nothing.nc").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void aRunThatFailsExits1WithOneLineAndPublishesNothing() throws Exception {
        byte[] whole = Files.readAllBytes(TESTDATA.resolve("tas_daily_small.nc"));
        Path truncated = dir.resolve("truncated.nc");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path p = pipeline("fail.yaml", "{ type: netcdf, path: " + truncated + " }", "{ type: mean, over: time }",
                "{ type: csv, path: fail.csv }");
        Console c = Console.run("run", p.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err().strip().split("\\R")).hasSize(1);
        // the line names the run, as the history lists it
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("sluice: run (\\d{8}-\\d{6}-[0-9a-f]{6}): (.*)",
                java.util.regex.Pattern.DOTALL).matcher(c.err());
        assertThat(line.matches()).as(c.err()).isTrue();
        assertThat(line.group(2)).startsWith(truncated + ": unexpected end of file");
        assertThat(Console.run("history", p.toString()).out()).containsPattern(line.group(1) + " .* failed");
        assertThat(dir.resolve("fail.csv")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
        assertThat(Files.readAllBytes(truncated)).hasSize(whole.length / 2);
    }

    @Test
    void usageErrorsExit2AndVersionAndHelpExit0() {
        assertThat(Console.run("--version").out()).startsWith("sluice ");
        assertThat(Console.run("--help").out()).contains("run", "validate", "plan", "inspect");
        assertThat(Console.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(Console.run("run").exitCode()).isEqualTo(2);
        assertThat(Console.run("run", "x.yaml", "--parallelism", "0").exitCode()).isEqualTo(2);
        assertThat(Console.run("run", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(2);
        assertThat(Console.run().exitCode()).isEqualTo(2);
    }
}
