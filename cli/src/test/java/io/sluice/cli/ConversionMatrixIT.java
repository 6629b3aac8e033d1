package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversions between the formats of this build, each run through {@code sluice convert} and through the
 * pipeline file it prints ({@code --print-yaml}, then {@code sluice run}), with one worker and with four: the
 * output must be the same (the same bytes; for NetCDF the same {@code ncdump} apart from the run's start and
 * the settings' hash, which holds the parallelism, in the history line).
 */
class ConversionMatrixIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final String NC = TESTDATA.resolve("tas_daily_small.nc").toString();

    @TempDir
    static Path inputs;

    /** A Parquet file of every cell of tas_daily_small.nc with the season labels. */
    private static Path seasonal;

    /** A tidy CSV file (time, lat, lon, tas) of every cell of tas_daily_small.nc, 2.8 MB. */
    private static Path tidy;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeParquetInput() {
        seasonal = inputs.resolve("seasonal.parquet");
        Console c = Console.run("convert", NC, seasonal.toString(), "--split", "season");
        assertThat(c.exitCode()).as(c.err()).isZero();
        tidy = inputs.resolve("tidy.csv");
        Console t = Console.run("convert", NC, tidy.toString());
        assertThat(t.exitCode()).as(t.err()).isZero();
    }

    static Stream<Arguments> conversions() {
        List<Arguments> all = new ArrayList<>();
        for (String via : List.of("convert", "pipeline")) {
            all.add(Arguments.of("netcdf-to-parquet", via, NC, "out.parquet", new String[] {"--split", "season"}));
            all.add(Arguments.of("parquet-to-csv", via, "seasonal", "out.csv",
                    new String[] {"--filter", "season == 'DJF' and lat > 0", "--columns", "year,time,lat,lon,tas"}));
            all.add(Arguments.of("parquet-repartition", via, "seasonal", "out",
                    new String[] {"--to", "parquet", "--partition-by", "year,season", "--codec", "snappy"}));
            all.add(Arguments.of("parquet-recompress", via, "seasonal", "out.parquet",
                    new String[] {"--codec", "gzip"}));
            all.add(Arguments.of("parquet-to-netcdf", via, "seasonal", "out.nc", new String[0]));
            all.add(Arguments.of("netcdf-to-netcdf", via, NC, "out.nc", new String[] {"--split", "season"}));
            all.add(Arguments.of("csv-to-parquet", via, "tidy", "out.parquet", new String[0]));
            all.add(Arguments.of("csv-to-csv", via, "tidy", "out.csv",
                    new String[] {"--filter", "lat > 0", "--columns", "time,lon,tas"}));
            all.add(Arguments.of("csv-to-netcdf", via, "tidy", "out.nc", new String[0]));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("conversions")
    void oneWorkerAndFourWriteTheSameOutput(String name, String via, String input, String output, String[] options)
            throws Exception {
        String in = input.equals("seasonal") ? seasonal.toString() : input.equals("tidy") ? tidy.toString() : input;
        Map<String, String> one = run(via, in, dir.resolve("p1").resolve(output), options, 1);
        Map<String, String> four = run(via, in, dir.resolve("p4").resolve(output), options, 4);
        assertThat(four).isEqualTo(one);
        assertThat(one).isNotEmpty();
    }

    /**
     * Pipelines with settings {@code sluice convert} has no option for: the tidy CSV is read in parts of 100 KiB
     * (28 chunks), so the four workers really read parts of it at once.
     */
    static Stream<Arguments> pipelines() {
        String csv = "source: {type: csv, path: '%s', part-size: 100KiB, types: {tas: float}}%n";
        return Stream.of(
                Arguments.of("csv-to-csv with ';' and CRLF", "out.csv",
                        csv + "sink: {type: csv, path: '%s', delimiter: ';', record-separator: crlf}"),
                Arguments.of("csv-to-parquet by season", "out.parquet",
                        csv + "split: {type: steps}%nstages: [{type: season, column: time}]%n"
                                + "sink: {type: parquet, path: '%s'}"),
                Arguments.of("csv-to-netcdf", "out.nc", csv + "sink: {type: netcdf, path: '%s'}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelines")
    void aPipelineFileWritesTheSameOutputWithOneWorkerAndFour(String name, String output, String template)
            throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (int parallelism : new int[] {1, 4}) {
            Path out = Files.createDirectories(dir.resolve("p" + parallelism)).resolve(output);
            // one pipeline file for both runs: Parquet metadata names it
            Path yaml = Files.writeString(dir.resolve("pipeline.yaml"),
                    "pipeline: matrix%n".formatted() + template.formatted(tidy, out));
            Console c = Console.run("run", yaml.toString(), "--parallelism", String.valueOf(parallelism));
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(c.out()).contains("28 chunks");
            outputs.put("p" + parallelism, contents(out).toString());
        }
        assertThat(outputs.get("p4")).isEqualTo(outputs.get("p1")).isNotEqualTo("{}");
    }

    @Test
    void theDialectChangesAndTheValuesStay() throws Exception {
        Path out = dir.resolve("semi.csv");
        Path yaml = Files.writeString(dir.resolve("dialect.yaml"), "pipeline: dialect\n"
                + "source: {type: csv, path: '" + tidy + "', part-size: 100KiB}\n"
                + "sink: {type: csv, path: '" + out + "', delimiter: ';', record-separator: crlf}\n");
        Console c = Console.run("run", yaml.toString(), "--parallelism", "4");
        assertThat(c.exitCode()).as(c.err()).isZero();
        List<List<String>> in = CsvFields.parse(Files.readString(tidy), ',');
        List<List<String>> semi = CsvFields.parse(Files.readString(out), ';');
        assertThat(Files.readString(out)).startsWith("time;lat;lon;tas\r\n1981-01-01T12:00:00Z;-75.0;0.0;265.59183\r\n")
                .doesNotContain(",").doesNotContainPattern("[^\r]\n");
        assertThat(semi).hasSize(70_129).hasSameSizeAs(in);
        for (int i = 1; i < in.size(); i++) {
            // the CSV source reads the time column as a TIMESTAMP in UTC; the sink prints it with its Z
            assertThat(semi.get(i)).as("row %d", i).containsExactly(in.get(i).get(0) + "Z", in.get(i).get(1),
                    in.get(i).get(2), in.get(i).get(3));
        }
    }

    private Map<String, String> run(String via, String input, Path output, String[] options, int parallelism)
            throws Exception {
        Files.createDirectories(output.getParent());
        List<String> args = new ArrayList<>(List.of("convert", input, output.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--parallelism", String.valueOf(parallelism)));
        if (via.equals("pipeline")) {
            args.add("--print-yaml");
            Console printed = Console.run(args.toArray(String[]::new));
            assertThat(printed.exitCode()).as(printed.err()).isZero();
            // one pipeline file for both runs: Parquet metadata names it
            Path yaml = Files.writeString(dir.resolve("pipeline.yaml"), printed.out());
            Console c = Console.run("run", yaml.toString());
            assertThat(c.exitCode()).as(c.err()).isZero();
        } else {
            Console c = Console.run(args.toArray(String[]::new));
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
        return contents(output);
    }

    /** Every file of the output (a file, or a folder of partitions) by its path inside it. */
    private static Map<String, String> contents(Path output) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            out.put(output.relativize(f).toString(), content(f));
        }
        return out;
    }

    private static String content(Path file) throws Exception {
        if (file.toString().endsWith(".nc")) {
            return ExternalTool.run("ncdump", file.toString())
                    .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z sluice", "(start) sluice")
                    .replaceAll("\\(sha256:[0-9a-f]+\\)", "(settings' hash)")
                    .replace(file.getFileName().toString().replace(".nc", ""), "out");
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
