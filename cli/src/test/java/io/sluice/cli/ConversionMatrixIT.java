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

    @TempDir
    Path dir;

    @BeforeAll
    static void writeParquetInput() {
        seasonal = inputs.resolve("seasonal.parquet");
        Console c = Console.run("convert", NC, seasonal.toString(), "--split", "season");
        assertThat(c.exitCode()).as(c.err()).isZero();
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
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("conversions")
    void oneWorkerAndFourWriteTheSameOutput(String name, String via, String input, String output, String[] options)
            throws Exception {
        String in = input.equals("seasonal") ? seasonal.toString() : input;
        Map<String, String> one = run(via, in, dir.resolve("p1").resolve(output), options, 1);
        Map<String, String> four = run(via, in, dir.resolve("p4").resolve(output), options, 4);
        assertThat(four).isEqualTo(one);
        assertThat(one).isNotEmpty();
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
