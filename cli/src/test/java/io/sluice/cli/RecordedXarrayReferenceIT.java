package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Month-length weighted seasonal means from {@code sluice run} agree, to 1e-5 relative, with the values xarray's
 * documented recipe produced, recorded in {@code testdata/reference/xarray/} by {@code make_reference.sh}
 * ({@code /usr/bin/python3 weighted_means.py clim|seas IN VARS OUT}, python3-xarray 2023.01; no Python needed
 * at test time). {@code missing-weights: xarray} is compared with the recipe's {@code VAR_xarray} column and
 * the default {@code renormalise} with {@code VAR_renormalised}; {@code clim} files with
 * {@code group-by: season}. {@code monthly_julian.nc} is in the julian calendar, whose 29-day February 1900
 * CDO does not know; {@code monthly_packed.nc} has packed {@code psl} with missing months.
 */
class RecordedXarrayReferenceIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}, missing-weights: {2}")
    @CsvSource({
        "monthly_packed, clim, xarray", "monthly_packed, clim, renormalise",
        "monthly_packed, seas, xarray", "monthly_packed, seas, renormalise",
        "monthly_julian, clim, xarray", "monthly_julian, clim, renormalise",
        "monthly_julian, seas, xarray", "monthly_julian, seas, renormalise"})
    void weightedSeasonalMeansMatchXarraysRecipe(String name, String mode, String rule) throws Exception {
        SluiceCsv reference = read(TESTDATA.resolve("reference/xarray/" + name + ".weighted_" + mode + ".csv"));
        List<String> variables = reference.header().stream().filter(c -> c.endsWith("_xarray"))
                .map(c -> c.substring(0, c.length() - "_xarray".length())).toList();
        boolean clim = mode.equals("clim");
        SluiceCsv sluice = SluiceCsv.run(dir, name + "." + mode + "." + rule, TESTDATA.resolve(name + ".nc"),
                variables, "season", List.of("type: weighted-mean, weights: month-length, missing-weights: " + rule
                        + (clim ? ", group-by: season" : "")));

        assertThat(sluice.rows()).hasSameSizeAs(reference.rows());
        for (String label : clim ? List.of("season", "lat", "lon") : List.of("season", "year", "lat", "lon")) {
            assertThat(sluice.texts(label)).as(label).isEqualTo(reference.texts(label));
        }
        int compared = 0;
        int differ = 0;
        for (String variable : variables) {
            List<String> expected = reference.texts(variable + (rule.equals("xarray") ? "_xarray" : "_renormalised"));
            List<String> actual = sluice.texts(variable);
            for (int i = 0; i < expected.size(); i++) {
                String where = name + " " + mode + " " + variable + " row " + (i + 1);
                if (expected.get(i).equals("NaN")) {
                    assertThat(actual.get(i)).as("%s is missing in the reference", where).isEmpty();
                } else {
                    double e = Double.parseDouble(expected.get(i));
                    assertThat(Double.parseDouble(actual.get(i))).as(where).isCloseTo(e, within(1e-5 * Math.abs(e)));
                    compared++;
                }
                double x = Double.parseDouble(reference.texts(variable + "_xarray").get(i));
                double r = Double.parseDouble(reference.texts(variable + "_renormalised").get(i));
                differ += Math.abs(x - r) > 1e-9 * Math.abs(r) ? 1 : 0;
            }
        }
        assertThat(compared).isPositive();
        assertThat(differ).as("cells where a missing month makes the two rules differ").isPositive();
        System.out.printf("%s %s %s: %d values agree with xarray; the rules differ in %d cells%n", name, mode, rule,
                compared, differ);
    }

    private static SluiceCsv read(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return new SluiceCsv(List.of(lines.get(0).split(",", -1)),
                lines.stream().skip(1).map(l -> l.split(",", -1)).toList());
    }
}
