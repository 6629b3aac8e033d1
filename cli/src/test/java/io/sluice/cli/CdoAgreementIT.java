package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.testdata.CfCalendar;
import io.sluice.testdata.FixtureVariable;
import io.sluice.testdata.FixtureWriter;
import io.sluice.testdata.Frequency;
import io.sluice.testdata.GridFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seasonal means from {@code sluice run} agree with CDO run live on the same file: the committed fixtures, a
 * real file, and files generated here with settings the code was not written against. Per-year seasons
 * are compared with {@code cdo seasmean} (labels from CDO's time stamps, step counts from {@code seassum} of
 * ones) and the climatology with {@code cdo yseasmean} (by position DJF, MAM, JJA, SON: CDO 2.1.1 can write
 * bad time stamps for yseasmean). Tolerance 1e-4 in the variable's units; float outputs round to float.
 */
class CdoAgreementIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final String[] SEASONS = {"DJF", "MAM", "JJA", "SON"};

    @TempDir
    static Path work;

    static Stream<Arguments> files() throws Exception {
        GridFixture monthlyNoleap = GridFixture.builder("monthly_noleap").calendar(CfCalendar.NOLEAP)
                .frequency(Frequency.MONTHLY).years(1990, 4).grid(5, 7).seed(7)
                .timeUnits("hours since 1989-12-01 00:00:00")
                .variable(FixtureVariable.tas()).variable(FixtureVariable.pr()).build();
        GridFixture daily360 = GridFixture.builder("daily_360").calendar(CfCalendar.DAY_360)
                .years(2003, 2).grid(3, 4).seed(11).timeUnits("minutes since 2000-01-01")
                .variable(FixtureVariable.pr()).build();
        Path a = work.resolve("monthly_noleap.nc");
        Path b = work.resolve("daily_360.nc");
        FixtureWriter.write(monthlyNoleap, a);
        FixtureWriter.write(daily360, b);
        return Stream.of(
                Arguments.of(TESTDATA.resolve("tas_daily_small.nc"), List.of("tas")),
                Arguments.of(TESTDATA.resolve("multi_daily_small.nc"), List.of("tas", "pr")),
                Arguments.of(TESTDATA.resolve("tas_daily_noleap.nc"), List.of("tas")),
                Arguments.of(TESTDATA.resolve("monthly_packed.nc"), List.of("psl", "tas")),
                Arguments.of(TESTDATA.resolve("tas_daily_small_nc4.nc"), List.of("tas")),
                Arguments.of(TESTDATA.resolve("real/monthly_navy_winds.cdf"), List.of("UWND", "VWND")),
                Arguments.of(a, List.of("tas", "pr")),
                Arguments.of(b, List.of("pr")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void perYearSeasonalMeansAgreeWithCdoSeasmean(Path input, List<String> variables) throws Exception {
        List<String[]> rows = runSluice(input, variables, false);
        Path means = work.resolve(name(input) + ".seasmean.nc");
        Path steps = work.resolve(name(input) + ".seassteps.nc");
        String select = "-selname," + String.join(",", variables);
        CdoRun.cdo("-b", "F64", "seasmean", select, input.toString(), means.toString());
        CdoRun.cdo("-b", "F64", "seassum", "-addc,1", "-mulc,0", "-selname," + variables.get(0), input.toString(),
                steps.toString());
        List<String> stamps = CdoRun.timestamps(means);
        double[] counts = CdoRun.values(steps, variables.get(0));
        int cells = counts.length / stamps.size();
        assertThat(rows).as("rows = seasons x cells").hasSize(stamps.size() * cells);
        for (int s = 0; s < stamps.size(); s++) {
            String[] row = rows.get(s * cells);
            int month = Integer.parseInt(stamps.get(s).substring(5, 7));
            int year = Integer.parseInt(stamps.get(s).substring(0, 4)) + (month == 12 ? 1 : 0);
            assertThat(row[0] + "-" + row[1]).as("season %d stamped %s", s, stamps.get(s))
                    .isEqualTo(SEASONS[month % 12 / 3] + "-" + year);
            assertThat(Long.parseLong(row[row.length - 1])).as("steps of %s-%s", row[0], row[1])
                    .isEqualTo((long) counts[s * cells]);
        }
        for (int v = 0; v < variables.size(); v++) {
            compare(rows, 4 + v, CdoRun.values(means, variables.get(v)), variables.get(v));
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void seasonalClimatologyAgreesWithCdoYseasmean(Path input, List<String> variables) throws Exception {
        List<String[]> rows = runSluice(input, variables, true);
        Path means = work.resolve(name(input) + ".yseasmean.nc");
        CdoRun.cdo("-b", "F64", "yseasmean", "-selname," + String.join(",", variables), input.toString(),
                means.toString());
        double[] first = CdoRun.values(means, variables.get(0));
        int cells = first.length / 4;
        assertThat(rows).hasSize(4 * cells);
        for (int s = 0; s < 4; s++) {
            assertThat(rows.get(s * cells)[0]).isEqualTo(SEASONS[s]);
        }
        for (int v = 0; v < variables.size(); v++) {
            compare(rows, 3 + v, CdoRun.values(means, variables.get(v)), variables.get(v));
        }
    }

    private static void compare(List<String[]> rows, int column, double[] cdo, String variable) {
        assertThat(rows).hasSameSizeAs(cdo);
        for (int i = 0; i < cdo.length; i++) {
            String text = rows.get(i)[column];
            if (Double.isNaN(cdo[i])) {
                assertThat(text).as("%s row %d: CDO has a missing value", variable, i).isEmpty();
            } else {
                assertThat(Double.parseDouble(text)).as("%s row %d", variable, i).isCloseTo(cdo[i], within(1e-4));
            }
        }
    }

    private static List<String[]> runSluice(Path input, List<String> variables, boolean climatology)
            throws Exception {
        String kind = climatology ? "clim" : "seas";
        Path output = work.resolve(name(input) + "." + kind + ".csv");
        Path pipeline = work.resolve(name(input) + "." + kind + ".yaml");
        Files.writeString(pipeline, String.join("\n",
                "pipeline: agreement",
                "source: { type: netcdf, path: '" + input + "', variables: [" + String.join(", ", variables) + "] }",
                "split: { type: season }",
                "stages:",
                "  - { type: mean, over: time" + (climatology ? ", group-by: season" : "") + " }",
                "sink: { type: csv, path: '" + output + "' }", ""));
        assertThat(Main.execute("run", pipeline.toString(), "--parallelism", "3")).isZero();
        List<String> lines = Files.readAllLines(output);
        String header = (climatology ? "season," : "season,year,");
        assertThat(lines.get(0)).startsWith(header).endsWith(",count");
        return lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static String name(Path input) {
        return input.getFileName().toString().replaceAll("\\.[a-z0-9]+$", "");
    }
}
