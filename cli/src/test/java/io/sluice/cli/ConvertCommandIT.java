package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sluice convert} end to end: NetCDF to CSV with table stages, the printed YAML, and usage errors. */
class ConvertCommandIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final String SMALL = TESTDATA.resolve("tas_daily_small.nc").toString();

    @TempDir
    Path dir;

    @Test
    void netcdfToCsvWithDeriveFilterSelectAndRename() throws Exception {
        Path out = dir.resolve("celsius.csv");
        Console c = Console.run("convert", SMALL, out.toString(), "--derive", "tas_c=tas - 273.15",
                "--filter", "lat > 0 and time < '1981-01-03'", "--columns", "time,lat,lon,tas_c",
                "--rename", "tas_c=celsius");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("48 rows");
        List<String> lines = Files.readAllLines(out);
        // reference rows from xarray 2023.01 (/usr/bin/python3):
        //   ds = xr.open_dataset('testdata/tas_daily_small.nc')
        //   df = ds.tas.sel(time=slice('1981-01-01', '1981-01-02T23:59')).where(ds.lat > 0, drop=True)
        //          .to_dataframe().reset_index(); df['celsius'] = df.tas.astype('float64') - 273.15
        //   len(df) == 48; rows 0, 1, 23, 47 as below
        assertThat(lines).hasSize(49);
        assertThat(lines.get(0)).isEqualTo("time,lat,lon,celsius");
        assertThat(lines.get(1)).isEqualTo("1981-01-01T12:00:00,15.0,0.0,10.617608642578148");
        assertThat(lines.get(2)).isEqualTo("1981-01-01T12:00:00,15.0,45.0,11.081811523437523");
        assertThat(lines.get(24)).isEqualTo("1981-01-01T12:00:00,75.0,315.0,21.083489990234398");
        assertThat(lines.get(48)).isEqualTo("1981-01-02T12:00:00,75.0,315.0,21.450799560546898");
    }

    @Test
    void theOutputIsByteIdenticalWithOneOrFourWorkers() throws Exception {
        Path one = dir.resolve("one.csv");
        Path four = dir.resolve("four.csv");
        for (Path out : List.of(one, four)) {
            Console c = Console.run("convert", SMALL, out.toString(), "--split", "month", "--filter", "tas > 285",
                    "--derive", "k=round(tas, 1)", "--parallelism", out == one ? "1" : "4");
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.readAllLines(one).get(0)).isEqualTo("year,month,time,lat,lon,tas,k");
    }

    @Test
    void thePrintedYamlIsTheSamePipelineAndRunsToTheSameOutput() throws Exception {
        Path out = dir.resolve("seasons.csv");
        String[] args = {"convert", SMALL, out.toString(), "--split", "season", "--variables", "tas",
            "--derive", "warm=tas > 280", "--derive", "d=round(tas - 280, 3)",
            "--filter", "lon == 45 or d < -0.5 and time < '1981-03-01'",
            "--columns", "season,year,time,lat,lon,d,warm", "--rename", "d=delta", "--overwrite"};
        Console printed = Console.run(withPrintYaml(args));
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        Problems problems = new Problems();
        Pipeline fromYaml = PipelineYaml.parse(printed.out(), "printed.yaml", Path.of("").toAbsolutePath(), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(fromYaml).isEqualTo(commandPipeline(args));
        assertThat(Files.exists(out)).as("--print-yaml does not run").isFalse();

        assertThat(Console.run(args).exitCode()).isZero();
        Path yaml = Files.writeString(dir.resolve("p.yaml"), printed.out()
                .replace(out.toString(), dir.resolve("from-yaml.csv").toString()));
        Console run = Console.run("run", yaml.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("from-yaml.csv"))).isEqualTo(Files.readAllBytes(out));
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("season,year,time,lat,lon,delta,warm");
    }

    private static String[] withPrintYaml(String[] args) {
        String[] more = java.util.Arrays.copyOf(args, args.length + 1);
        more[args.length] = "--print-yaml";
        return more;
    }

    private static Pipeline commandPipeline(String[] args) {
        ConvertCommand command = new ConvertCommand();
        new CommandLine(command).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        return command.pipeline();
    }

    @Test
    void optionsTheSinkDoesNotTakeAreUsageErrors() {
        Console c = Console.run("convert", SMALL, dir.resolve("x.csv").toString(), "--codec", "zstd",
                "--partition-by", "year");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("sluice: --codec: the csv sink does not take this option (sink.codec: unknown"
                + " key", "sluice: --partition-by: the csv sink does not take this option");
        assertThat(c.err()).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void unknownFormatsAndBadSettingsNameTheOptionThatGaveThem() {
        Console parquet = Console.run("convert", SMALL, dir.resolve("x.xlsx").toString());
        assertThat(parquet.exitCode()).isEqualTo(2);
        assertThat(parquet.err()).contains("x.xlsx: no installed sink writes '.xlsx' files; sink types:",
                "csv (.csv, .tsv)", "Name one with --to");
        Console bad = Console.run("convert", SMALL, dir.resolve("y.csv").toString(), "--variables", "tass",
                "--filter", "tas +", "--split", "seasn");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("sluice: --split: split.type: unknown split type 'seasn'",
                "Did you mean 'season'?");
        Console unknown = Console.run("convert", SMALL, dir.resolve("z.csv").toString(), "--variables", "tass",
                "--filter", "tass > 1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("sluice: --variables: source.variables[0]: 'tass' is not in");
        Console typed = Console.run("convert", SMALL, dir.resolve("z.csv").toString(), "--filter", "tass > 1");
        assertThat(typed.err()).contains("sluice: --filter: stages[0].where: unknown column 'tass'; columns: time,"
                + " lat, lon, tas. Did you mean 'tas'? (at character 1 of 'tass > 1')");
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws Exception {
        Path out = Files.writeString(dir.resolve("keep.csv"), "old\n");
        Console c = Console.run("convert", SMALL, out.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("old\n");
        assertThat(Console.run("convert", SMALL, out.toString(), "--overwrite", "--filter", "time < '1981-01-02'")
                .exitCode()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1 + 48);
    }

    @Test
    void aNewSinkIsFoundByTheExtensionItDeclares() {
        Path out = dir.resolve("t.probe");
        Console c = Console.run("convert", SMALL, out.toString(), "--codec", "zstd", "--partition-by", "year",
                "--split", "year");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(ProbeSink.SETTINGS.get(out.toString())).containsEntry("codec", "zstd")
                .containsEntry("partition-by", List.of("year"));
        // 1461 daily steps of 6 x 8 cells
        assertThat(ProbeSink.ROWS.get(out.toString())).hasValue(1461L * 48);
        Path folder = dir.resolve("folder-out");
        assertThat(Console.run("convert", SMALL, folder.toString(), "--filter", "lat < -70").exitCode()).isZero();
        assertThat(ProbeSink.ROWS.get(folder.toString())).hasValue(1461L * 8);
    }

    @Test
    void fromAndToNameTheTypesWhenExtensionsDoNot() throws Exception {
        Path input = Files.copy(Path.of(SMALL), dir.resolve("grid.data"));
        Path out = dir.resolve("rows.txt");
        Console c = Console.run("convert", input.toString(), out.toString(), "--from", "netcdf", "--to", "csv",
                "--filter", "time < '1981-01-02'");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1 + 48).first().isEqualTo("time,lat,lon,tas");
        // a file without a known extension is still recognised by its first bytes
        assertThat(Console.run("convert", input.toString(), dir.resolve("sniffed.csv").toString()).exitCode())
                .isZero();
        Console bad = Console.run("convert", SMALL, out.toString(), "--to", "cvs", "--overwrite");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("sluice: --to: sink.type: unknown sink type 'cvs'", "Did you mean 'csv'?");
    }

    @Test
    void tabSeparatedOutputFollowsTheExtension() throws Exception {
        Path out = dir.resolve("t.tsv");
        assertThat(Console.run("convert", SMALL, out.toString(), "--filter", "time < '1981-01-02'").exitCode())
                .isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("time\tlat\tlon\ttas");
    }
}
