package io.sluice.converters.stats;

import static io.sluice.converters.stats.Computing.compute;
import static io.sluice.converters.stats.Computing.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.config.Settings;
import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.Accumulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Standard deviation and variance against values worked out by hand. Four steps on three cells. tas: cell 0
 * has 1, 4, 2.5 (mean 2.5, squared deviations 2.25 + 2.25 + 0 = 4.5), cell 1 only NaN, cell 2 only 5 (one
 * value). pr: step k, cell c holds 10k + c (deviations -15, -5, 5, 15 from the mean, squares adding to 500).
 */
class SpreadStatisticsTest {
    private static final double NAN = Double.NaN;

    private static GridBatch batch() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("tas", new double[] {
            1, NAN, 5,
            NAN, NAN, NAN,
            4, NAN, NAN,
            2.5, NAN, NAN});
        values.put("pr", new double[] {0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32});
        return Grids.batch(3, values);
    }

    private static Map<String, double[]> of(Settings stage) {
        return compute(stage, 3, List.of(batch()), "tas", "pr");
    }

    @Test
    void varianceDividesBySquaredDeviationsByTheNumberOfValidValues() {
        Map<String, double[]> var = of(Statistics.var());

        assertThat(var.get("tas")).containsExactly(1.5, NAN, 0);
        assertThat(var.get("pr")).containsExactly(125, 125, 125);
    }

    @Test
    void sampleVarianceDividesByOneLessAndIsMissingForASingleValue() {
        Map<String, double[]> var1 = of(Statistics.var1());

        assertThat(var1.get("tas")).containsExactly(2.25, NAN, NAN);
        assertThat(var1.get("pr")[0]).isCloseTo(500.0 / 3, within(1e-12));
    }

    @Test
    void standardDeviationsAreTheRootsOfTheVariances() {
        assertThat(of(Statistics.std()).get("tas")[0]).isCloseTo(Math.sqrt(1.5), within(1e-15));
        assertThat(of(Statistics.std()).get("pr")[2]).isCloseTo(Math.sqrt(125), within(1e-14));
        assertThat(of(Statistics.std1()).get("tas")).containsExactly(1.5, NAN, NAN);
        assertThat(of(Statistics.std1()).get("pr")[1]).isCloseTo(Math.sqrt(500.0 / 3), within(1e-13));
    }

    @Test
    void aSpreadAroundALargeMeanKeepsItsDigits() {
        // 100000.01, .02, .03 (as doubles): population variance 2e-4 / 3; sum(x^2) - sum(x)^2/n loses it all
        double[] x = {100000.01, 100000.02, 100000.03};
        Map<String, double[]> var = compute(Statistics.var(), 1, List.of(Grids.batch(1, Map.of("tas", x))), "tas");

        assertThat(var.get("tas")[0]).isCloseTo(2e-4 / 3, within(1e-12));
    }

    @Test
    void mergingChunksInAnyCutGivesTheVarianceOfAllValues() {
        SplittableRandom random = new SplittableRandom(17);
        double[] all = new double[40];
        for (int i = 0; i < all.length; i++) {
            all[i] = i % 7 == 3 ? NAN : 273 + 30 * random.nextDouble();
        }
        Map<String, double[]> whole = compute(Statistics.var1(), 2, List.of(Grids.batch(2, Map.of("tas", all))),
                "tas");
        Accumulator merged = start(Statistics.var1(), 2, "tas");
        int[] cuts = {0, 2, 14, 16, 40};
        for (int i = 0; i + 1 < cuts.length; i++) {
            Accumulator part = start(Statistics.var1(), 2, "tas");
            part.add(Grids.batch(2, Map.of("tas", java.util.Arrays.copyOfRange(all, cuts[i], cuts[i + 1]))));
            merged.merge(part);
        }
        merged.merge(start(Statistics.var1(), 2, "tas"));

        double[] expected = whole.get("tas");
        double[] actual = merged.finish().get("tas");
        for (int c = 0; c < 2; c++) {
            assertThat(actual[c]).isCloseTo(expected[c], within(1e-12 * expected[c]));
        }
    }
}
