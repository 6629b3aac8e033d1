package io.sluice.converters.stats;

import static io.sluice.converters.stats.Computing.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.spi.Accumulator;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Month-length weighted means worked out by hand on DJF 1900 (December 1899, January and February 1900), the
 * winter where Julian and Gregorian rules differ: February 1900 has 28 days in standard, proleptic_gregorian
 * and noleap, 29 in julian and all_leap, 30 in 360_day. Three cells: cell 0 holds 1, 2, 4; cell 1 holds 1, -, 4
 * (January missing); cell 2 is always missing.
 */
class WeightedMeanTest {
    private static final double NAN = Double.NaN;
    private static final double[] VALUES = {1, 1, NAN, 2, NAN, NAN, 4, 4, NAN};

    private static TimeAxis djf1900(String calendar, int from, int to) {
        int[] years = {1899, 1900, 1900};
        int[] months = {12, 1, 2};
        int[] days = {16, 16, 15};
        TimeAxis all = TimeAxis.of("time", "days since 1899-12-01", calendar, new double[] {15, 46, 75}, years,
                months, days, new int[3]);
        return all.slice(from, to);
    }

    private static GridBatch batch(String calendar, int from, int to) {
        return GridBatch.of(djf1900(calendar, from, to), Grids.space(3),
                Map.of("tas", Arrays.copyOfRange(VALUES, 3 * from, 3 * to)));
    }

    private static double[] weighted(WeightedMeanSettings stage, String calendar) {
        Accumulator acc = start(stage, 3, "tas");
        acc.add(batch(calendar, 0, 3));
        return acc.finish().get("tas");
    }

    @Test
    void eachMonthWeighsItsNumberOfDaysInTheCalendar() {
        // (31 * 1 + 31 * 2 + 28 * 4) / 90 and (31 * 1 + 31 * 2 + 29 * 4) / 91
        assertThat(weighted(Statistics.weightedMean(), "standard")[0]).isCloseTo(205.0 / 90, within(1e-15));
        assertThat(weighted(Statistics.weightedMean(), "noleap")[0]).isCloseTo(205.0 / 90, within(1e-15));
        assertThat(weighted(Statistics.weightedMean(), "proleptic_gregorian")[0]).isCloseTo(205.0 / 90,
                within(1e-15));
        assertThat(weighted(Statistics.weightedMean(), "julian")[0]).isCloseTo(209.0 / 91, within(1e-15));
        assertThat(weighted(Statistics.weightedMean(), "all_leap")[0]).isCloseTo(209.0 / 91, within(1e-15));
        assertThat(weighted(Statistics.weightedMean(), "360_day")[0]).isCloseTo(7.0 / 3, within(1e-15));
    }

    @Test
    void aMissingMonthIsLeftOutOfTheWeightsByDefault() {
        // (31 * 1 + 28 * 4) / (31 + 28); a constant field would stay constant
        double[] mean = weighted(Statistics.weightedMean(), "standard");

        assertThat(mean[1]).isCloseTo(143.0 / 59, within(1e-15));
        assertThat(mean[2]).isNaN();
    }

    @Test
    void theXarrayRuleDividesByTheWeightsOfEveryMonth() {
        // (31 * 1 + 28 * 4) / 90 in standard, (30 * 1 + 30 * 4) / 90 in 360_day
        WeightedMeanSettings xarray = Statistics.weightedMean().missingWeights(MissingWeights.XARRAY);

        assertThat(weighted(xarray, "standard")[1]).isCloseTo(143.0 / 90, within(1e-15));
        assertThat(weighted(xarray, "360_day")[1]).isCloseTo(150.0 / 90, within(1e-15));
        assertThat(weighted(xarray, "standard")[0]).isCloseTo(205.0 / 90, within(1e-15));
        assertThat(weighted(xarray, "standard")[2]).isNaN();
    }

    @Test
    void mergingChunksPoolsTheWeightsOfEveryStep() {
        for (WeightedMeanSettings stage : new WeightedMeanSettings[] {Statistics.weightedMean(),
                Statistics.weightedMean().missingWeights(MissingWeights.XARRAY)}) {
            Accumulator december = start(stage, 3, "tas");
            december.add(batch("julian", 0, 1));
            Accumulator janFeb = start(stage, 3, "tas");
            janFeb.add(batch("julian", 1, 2));
            janFeb.add(batch("julian", 2, 3));
            december.merge(janFeb);

            assertThat(december.finish().get("tas")).containsExactly(weighted(stage, "julian"));
        }
    }
}
