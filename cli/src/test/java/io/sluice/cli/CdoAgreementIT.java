package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statistics from {@code sluice run} agree with CDO run live on the same file, for every file of
 * {@link AgreementFiles} (every calendar, time units, stamps, packing and fill values):
 * <ul>
 *   <li>per-year seasons: mean, min, max, sum, std, std1 against {@code cdo -b F64 seasmean}, {@code seasmin},
 *       {@code seasmax}, {@code seassum}, {@code seasstd}, {@code seasstd1}; labels from CDO's time stamps,
 *       step counts from {@code seassum} of ones, {@code complete} false exactly for the first and last season
 *       (every file starts in January and ends in December, so they are the cut DJFs);</li>
 *   <li>climatologies ({@code group-by: season}) against {@code cdo yseasmean} ... {@code yseasstd1}, by position
 *       DJF, MAM, JJA, SON (CDO 2.1.1 can write bad time stamps there), with no {@code complete} column;</li>
 *   <li>month and year splits against {@code cdo monmean}/{@code monstd} and {@code yearmean}/{@code yearstd};</li>
 *   <li>for monthly files, the month-length weighted mean against
 *       {@code cdo div -seassum -muldpm x -seassum -muldpm -gtc,-1e36 x} (and {@code yseassum}) to 1e-5
 *       relative, where {@code x} is a double copy of the variable ({@code cdo -b F64 copy}): on float data
 *       CDO's chain keeps its intermediate sums in float (up to 1.8e-7 m/s off on navy-wind means near 0,
 *       where a relative tolerance is meaningless); not for julian, whose month lengths CDO 2.1.1 does not know (it reads julian as standard).</li>
 * </ul>
 * Tolerance 1e-4 in the variable's units; floats written by Sluice (min, max) round to float.
 */
class CdoAgreementIT {
    private static final String[] SEASONS = {"DJF", "MAM", "JJA", "SON"};
    private static final List<String> STATISTICS = List.of("mean", "min", "max", "sum", "std", "std1");

    @TempDir
    static Path work;

    static Stream<AgreementFiles> files() throws Exception {
        return AgreementFiles.all(work).stream();
    }

    static Stream<AgreementFiles> monthlyFilesInCdosCalendars() throws Exception {
        return files().filter(f -> f.monthly() && f.cdoCalendar());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void perYearSeasonalStatisticsAgreeWithCdoSeasStatistics(AgreementFiles input) throws Exception {
        SluiceCsv sluice = run(input, "season", null);
        Path steps = cdo(input, "seassteps", "seassum", "-addc,1", "-mulc,0", "-selname," + input.variables().get(0));
        Path means = cdo(input, "seasmean", "seasmean", select(input));
        List<String> stamps = CdoRun.timestamps(means);
        double[] counts = CdoRun.values(steps, input.variables().get(0));
        int cells = counts.length / stamps.size();
        assertThat(sluice.rows()).as("rows = seasons x cells").hasSize(stamps.size() * cells);
        assertThat(sluice.header().subList(sluice.header().size() - 2, sluice.header().size()))
                .containsExactly("count", "complete");
        for (int s = 0; s < stamps.size(); s++) {
            String[] row = sluice.rows().get(s * cells);
            int month = Integer.parseInt(stamps.get(s).substring(5, 7));
            int year = Integer.parseInt(stamps.get(s).substring(0, 4)) + (month == 12 ? 1 : 0);
            String where = input + " season " + s + " stamped " + stamps.get(s);
            assertThat(row[sluice.column("season")] + "-" + row[sluice.column("year")]).as(where)
                    .isEqualTo(SEASONS[month % 12 / 3] + "-" + year);
            assertThat(Long.parseLong(row[sluice.column("count")])).as("steps of %s", where)
                    .isEqualTo((long) counts[s * cells]);
            assertThat(row[sluice.column("complete")]).as("complete, %s", where)
                    .isEqualTo(s == 0 || s == stamps.size() - 1 ? "false" : "true");
        }
        for (String statistic : STATISTICS) {
            Path cdo = cdo(input, "seas" + statistic, "seas" + statistic, select(input));
            compareAll(input, sluice, statistic, cdo);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void seasonalClimatologiesAgreeWithCdoYseasStatistics(AgreementFiles input) throws Exception {
        SluiceCsv sluice = run(input, "season", "season");
        Path steps = cdo(input, "yseassteps", "yseassum", "-addc,1", "-mulc,0", "-selname," + input.variables().get(0));
        double[] counts = CdoRun.values(steps, input.variables().get(0));
        int cells = counts.length / 4;
        assertThat(sluice.rows()).hasSize(4 * cells);
        assertThat(sluice.header()).doesNotContain("complete", "year").endsWith("count");
        for (int s = 0; s < 4; s++) {
            String[] row = sluice.rows().get(s * cells);
            assertThat(row[sluice.column("season")]).isEqualTo(SEASONS[s]);
            assertThat(Long.parseLong(row[sluice.column("count")])).as("%s steps of %s", input, SEASONS[s])
                    .isEqualTo((long) counts[s * cells]);
        }
        for (String statistic : STATISTICS) {
            compareAll(input, sluice, statistic, cdo(input, "yseas" + statistic, "yseas" + statistic, select(input)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void monthlyAndYearlyStatisticsAgreeWithCdoMonAndYearStatistics(AgreementFiles input) throws Exception {
        for (String split : List.of("month", "year")) {
            String op = split.equals("month") ? "mon" : "year";
            SluiceCsv sluice = SluiceCsv.run(work, input.name().replace('/', '_') + "." + split, input.file(),
                    input.variables(), split, List.of("type: mean", "type: std"));
            Path means = cdo(input, op + "mean", op + "mean", select(input));
            List<String> stamps = CdoRun.timestamps(means);
            int cells = CdoRun.values(means, input.variables().get(0)).length / stamps.size();
            assertThat(sluice.rows()).as("%s: rows = %s periods x cells", input, split).hasSize(stamps.size() * cells);
            for (int p = 0; p < stamps.size(); p++) {
                String[] row = sluice.rows().get(p * cells);
                String label = split.equals("month")
                        ? row[sluice.column("year")] + "-" + row[sluice.column("month")] : row[sluice.column("year")];
                assertThat(label).as("%s %s %d", input, split, p)
                        .isEqualTo(stamps.get(p).substring(0, split.equals("month") ? 7 : 4));
            }
            assertThat(sluice.texts("complete")).as("every %s of a file of whole years is complete", split)
                    .containsOnly("true");
            compareAll(input, sluice, "mean", means);
            compareAll(input, sluice, "std", cdo(input, op + "std", op + "std", select(input)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthlyFilesInCdosCalendars")
    void monthLengthWeightedMeansAgreeWithTheCdoMuldpmChain(AgreementFiles input) throws Exception {
        for (String group : new String[] {null, "season"}) {
            String sum = group == null ? "-seassum" : "-yseassum";
            SluiceCsv sluice = run(input, "season", group, "type: weighted-mean, weights: month-length");
            for (String variable : input.variables()) {
                Path doubles = cdo(input, "double." + variable, "copy", "-selname," + variable);
                Path cdo = work.resolve(input.name().replace('/', '_') + "." + (group == null ? "seas" : "yseas")
                        + "weighted." + variable + ".nc");
                CdoRun.cdo("-b", "F64", "div", sum, "-muldpm", doubles.toString(), sum, "-muldpm", "-gtc,-1e36",
                        doubles.toString(), cdo.toString());
                double[] expected = CdoRun.values(cdo, variable);
                double largest = 0;
                for (double e : expected) {
                    largest = Double.isNaN(e) ? largest : Math.max(largest, Math.abs(e));
                }
                List<String> actual = sluice.texts(variable);
                assertThat(actual).hasSameSizeAs(expected);
                double worst = 0;
                for (int i = 0; i < expected.length; i++) {
                    String where = input + " " + variable + " row " + i + (group == null ? "" : " (climatology)");
                    if (Double.isNaN(expected[i])) {
                        assertThat(actual.get(i)).as("%s: CDO has a missing value", where).isEmpty();
                    } else {
                        double a = Double.parseDouble(actual.get(i));
                        assertThat(a).as(where)
                                .isCloseTo(expected[i], within(1e-5 * Math.abs(expected[i]) + 1e-12 * largest));
                        worst = Math.max(worst, Math.abs(a - expected[i]) / Math.max(Math.abs(expected[i]), 1e-300));
                    }
                }
                System.out.printf("%s %s weighted-mean%s: max relative |sluice - cdo| = %s%n", input, variable,
                        group == null ? "" : " (climatology)", worst);
            }
        }
    }

    private static SluiceCsv run(AgreementFiles input, String split, String groupBy, String... stages)
            throws Exception {
        List<String> list = new ArrayList<>();
        String grouping = groupBy == null ? "" : ", group-by: " + groupBy;
        if (stages.length == 0) {
            STATISTICS.forEach(s -> list.add("type: " + s + ", over: time" + grouping));
        } else {
            for (String s : stages) {
                list.add(s + grouping);
            }
        }
        String name = input.name().replace('/', '_') + "." + split + (groupBy == null ? "" : ".clim")
                + (stages.length == 0 ? "" : ".custom");
        return SluiceCsv.run(work, name, input.file(), input.variables(), split, list);
    }

    private static String select(AgreementFiles input) {
        return "-selname," + String.join(",", input.variables());
    }

    /** Runs {@code cdo -s -b F64 OPERATOR ARGS... INPUT OUT} and returns OUT. */
    private static Path cdo(AgreementFiles input, String what, String operator, String... args) throws Exception {
        Path out = work.resolve(input.name().replace('/', '_') + "." + what + ".nc");
        List<String> command = new ArrayList<>(List.of("-b", "F64", operator));
        command.addAll(List.of(args));
        command.add(input.file().toString());
        command.add(out.toString());
        CdoRun.cdo(command.toArray(new String[0]));
        return out;
    }

    private static void compareAll(AgreementFiles input, SluiceCsv sluice, String statistic, Path cdo)
            throws Exception {
        for (String variable : input.variables()) {
            double[] expected = CdoRun.values(cdo, variable);
            List<String> actual = sluice.texts(variable + "_" + statistic);
            assertThat(actual).as("%s %s_%s", input, variable, statistic).hasSameSizeAs(expected);
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                String where = input + " " + variable + "_" + statistic + " row " + i;
                if (Double.isNaN(expected[i])) {
                    assertThat(actual.get(i)).as("%s: CDO has a missing value", where).isEmpty();
                } else {
                    assertThat(actual.get(i)).as("%s: CDO has %s", where, expected[i]).isNotEmpty();
                    double a = Double.parseDouble(actual.get(i));
                    assertThat(a).as(where).isCloseTo(expected[i], within(1e-4));
                    worst = Math.max(worst, Math.abs(a - expected[i]));
                }
            }
            System.out.printf("%s %s_%s (%s): %d values, max |sluice - cdo| = %s%n", input, variable, statistic,
                    cdo.getFileName(), expected.length, worst);
        }
    }
}
