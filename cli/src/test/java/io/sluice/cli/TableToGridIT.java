package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A grid written as a table and read back into a grid: NetCDF to a tidy table format and back to NetCDF gives
 * the same coordinates, time units and calendar, fill positions and bit-identical float32 values (read with
 * netcdf-java, and the data sections printed by {@code ncdump}). Each table format is one argument of
 * {@link #roundTrips()}: a new table sink and source adds a line there.
 */
class TableToGridIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final String[] LAT_LON = {"lat", "lon"};

    @TempDir
    Path dir;

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                // real data: NaN cells over the ocean (fill 1e20), float coordinates, standard calendar
                Arguments.of("parquet", "real/bcsd_obs_1999.nc", new String[] {"latitude", "longitude"},
                        new String[] {"pr", "tas"}),
                // 360_day: times travel as text and come back through the units kept in the Parquet metadata
                Arguments.of("parquet", "tas_daily_360day.nc", LAT_LON, new String[] {"tas"}),
                Arguments.of("parquet", "tas_daily_noleap.nc", LAT_LON, new String[] {"tas"}),
                Arguments.of("parquet", "tas_daily_small.nc", LAT_LON, new String[] {"tas"}));
    }

    @ParameterizedTest(name = "{1} through {0}")
    @MethodSource("roundTrips")
    void aGridThroughATableComesBackWithTheSameCellsAndValues(String via, String fixture, String[] axes,
                                                              String[] variables) throws Exception {
        Path input = TESTDATA.resolve(fixture);
        Path table = dir.resolve("table." + via);
        Path back = dir.resolve("back.nc");
        Console there = Console.run("convert", input.toString(), table.toString(), "--split", "season",
                "--parallelism", "4");
        assertThat(there.exitCode()).as(there.err()).isZero();
        Console again = Console.run("convert", table.toString(), back.toString(), "--parallelism", "4");
        assertThat(again.exitCode()).as(again.err()).isZero();

        GridComparison.assertSameGrid(input, back, "time", axes, variables);
        for (String name : concat("time", axes, variables)) {
            // ncdump prints NaN cells as NaNf and fill values as _; lines wrap by the width of the text
            assertThat(dataSection(back, name).replaceAll("\\s+", "")).as(name)
                    .isEqualTo(dataSection(input, name).replace("NaNf", "_").replaceAll("\\s+", ""));
        }
    }

    static Stream<Arguments> csvRoundTrips() {
        return Stream.of(
                Arguments.of("real/bcsd_obs_1999.nc", new String[] {"latitude", "longitude"}, new String[] {"pr", "tas"}),
                Arguments.of("tas_daily_small.nc", LAT_LON, new String[] {"tas"}));
    }

    /**
     * Through CSV, which keeps no attributes: the variables are declared {@code float} (else they come back as
     * double), and the time axis comes back as the same instants (printed by {@code ncdump -t}) but in the
     * sink's default units, seconds (or for dates days) since 1970-01-01, proleptic_gregorian.
     */
    @ParameterizedTest(name = "{0} through csv")
    @MethodSource("csvRoundTrips")
    void aGridThroughCsvComesBackWithTheSameInstantsCellsAndValues(String fixture, String[] axes, String[] variables)
            throws Exception {
        Path input = TESTDATA.resolve(fixture);
        Path table = dir.resolve("table.csv");
        Path back = dir.resolve("back.nc");
        Console there = Console.run("convert", input.toString(), table.toString(), "--split", "season",
                "--parallelism", "4");
        assertThat(there.exitCode()).as(there.err()).isZero();
        String types = String.join(", ", Stream.of(variables).map(v -> v + ": float").toList());
        Path yaml = Files.writeString(dir.resolve("back.yaml"), "pipeline: back\n"
                + "source: {type: csv, path: table.csv, part-size: 100KiB, types: {" + types + "}}\n"
                + "sink: {type: netcdf, path: back.nc}\n");
        Console again = Console.run("run", yaml.toString(), "--parallelism", "4");
        assertThat(again.exitCode()).as(again.err()).isZero();

        GridComparison.assertSameValues(input, back, variables);
        assertThat(timeUnits(back)).matches("(seconds|days) since 1970-01-01.*:proleptic_gregorian");
        assertThat(dataSection(back, "time", "-t")).isEqualTo(dataSection(input, "time", "-t"));
        for (String name : concat("time", axes, variables)) {
            if (!name.equals("time")) {
                // float coordinates come back as doubles of the same value; ncdump prints them alike
                assertThat(dataSection(back, name).replaceAll("\\s+", "")).as(name)
                        .isEqualTo(dataSection(input, name).replace("NaNf", "_").replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void timesOfA360DayCalendarCannotComeBackFromCsvAndTheRunSaysWhy() throws Exception {
        Path table = dir.resolve("t.csv");
        assertThat(Console.run("convert", TESTDATA.resolve("tas_daily_360day.nc").toString(), table.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(table)).contains("\n1981-02-30T12:00:00,");
        Console c = Console.run("convert", table.toString(), dir.resolve("g.nc").toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("column 'time' holds times as text (calendar not given) but has no 'units'"
                + " attribute").doesNotContain("Exception");
        assertThat(dir.resolve("g.nc")).doesNotExist();
    }

    @Test
    void twoRowsForOneCellAreNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("twice"));
        Path one = folder.resolve("a.parquet");
        assertThat(Console.run("convert", TESTDATA.resolve("tas_daily_small.nc").toString(), one.toString())
                .exitCode()).isZero();
        Files.copy(one, folder.resolve("b.parquet"));
        Console c = Console.run("convert", folder.toString(), dir.resolve("g.nc").toString(), "--from", "parquet");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("cell (time=47847.5 days since 1850-01-01, lat=-75.0, lon=0.0) appears twice")
                .doesNotContain("Exception");
        assertThat(dir.resolve("g.nc")).doesNotExist();
    }

    @Test
    void aCellWithoutARowIsNamedOrFilledWhenAsked() throws Exception {
        Path table = dir.resolve("t.parquet");
        assertThat(Console.run("convert", TESTDATA.resolve("tas_daily_small.nc").toString(), table.toString(),
                "--filter", "not (lat == 15 and lon == 90 and time == '1981-01-02T12:00:00')").exitCode()).isZero();
        Console c = Console.run("convert", table.toString(), dir.resolve("g.nc").toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).contains("cell (time=47848.5 days since 1850-01-01, lat=15.0, lon=90.0) is missing");
        assertThat(dir.resolve("g.nc")).doesNotExist();

        Path yaml = Files.writeString(dir.resolve("fill.yaml"), "pipeline: fill\n"
                + "source: {type: parquet, path: t.parquet}\n"
                + "sink: {type: netcdf, path: g.nc, dimensions: [time, lat, lon], variables: [tas],"
                + " missing-cells: fill}\n");
        Console filled = Console.run("run", yaml.toString());
        assertThat(filled.exitCode()).as(filled.err()).isZero();
        String data = dataSection(dir.resolve("g.nc"), "tas");
        assertThat(data.split("(?<![A-Za-z])_(?![A-Za-z])", -1)).as("one fill value in the data").hasSize(2);
    }

    private static String[] concat(String first, String[] axes, String[] variables) {
        return Stream.of(new String[] {first}, axes, variables).flatMap(Stream::of).toArray(String[]::new);
    }

    private static String dataSection(Path file, String variables) throws Exception {
        return dataSection(file, variables, "-p");
    }

    /** The data section printed by {@code ncdump -p 9,17} or, with {@code -t}, times as ISO dates. */
    private static String dataSection(Path file, String variables, String option) throws Exception {
        String dump = option.equals("-t")
                ? ExternalTool.run("ncdump", "-t", "-v", variables, file.toString())
                : ExternalTool.run("ncdump", "-p", "9,17", "-v", variables, file.toString());
        return dump.substring(dump.indexOf("data:"));
    }

    private static String timeUnits(Path file) throws Exception {
        String header = ExternalTool.run("ncdump", "-h", file.toString());
        return header.replaceAll("(?s).*time:units = \"([^\"]*)\".*time:calendar = \"([^\"]*)\".*", "$1:$2");
    }
}
