package io.sluice.converters.stats;

import static io.sluice.converters.stats.Computing.compute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.data.GridBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four steps on three cells. tas: cell 0 has 1, 4, 2.5 (one NaN), cell 1 only NaN, cell 2 has 5, -2, 0.5.
 * pr: step k, cell c holds 10k + c, no NaN.
 */
class HandComputedStatisticsTest {
    private static final double NAN = Double.NaN;
    private static final List<GridBatch> BATCHES = List.of(batch());

    private static GridBatch batch() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("tas", new double[] {
            1, NAN, 5,
            NAN, NAN, -2,
            4, NAN, 0.5,
            2.5, NAN, NAN});
        values.put("pr", new double[] {0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32});
        return Grids.batch(3, values);
    }

    private static Map<String, double[]> of(io.sluice.core.config.Settings stage) {
        return compute(stage, 3, BATCHES, "tas", "pr");
    }

    @Test
    void meanAveragesTheValidValuesOnly() {
        Map<String, double[]> mean = of(Statistics.mean());

        assertThat(mean.get("tas")[0]).isEqualTo(2.5);
        assertThat(mean.get("tas")[1]).isNaN();
        assertThat(mean.get("tas")[2]).isCloseTo(3.5 / 3, within(1e-15));
        assertThat(mean.get("pr")).containsExactly(15, 16, 17);
    }

    @Test
    void minIsTheSmallestValidValue() {
        Map<String, double[]> min = of(Statistics.min());

        assertThat(min.get("tas")).containsExactly(1, NAN, -2);
        assertThat(min.get("pr")).containsExactly(0, 1, 2);
    }

    @Test
    void maxIsTheLargestValidValue() {
        Map<String, double[]> max = of(Statistics.max());

        assertThat(max.get("tas")).containsExactly(4, NAN, 5);
        assertThat(max.get("pr")).containsExactly(30, 31, 32);
    }

    @Test
    void sumOfAnAllMissingCellIsMissingAsInCdo() {
        Map<String, double[]> sum = of(Statistics.sum());

        assertThat(sum.get("tas")).containsExactly(7.5, NAN, 3.5);
        assertThat(sum.get("pr")).containsExactly(60, 64, 68);
    }

    @Test
    void countOfAnAllMissingCellIsZero() {
        Map<String, double[]> count = of(Statistics.count());

        assertThat(count.get("tas")).containsExactly(3, 0, 3);
        assertThat(count.get("pr")).containsExactly(4, 4, 4);
    }

    @Test
    void resultsKeepTheVariableOrder() {
        assertThat(of(Statistics.mean()).keySet()).containsExactly("tas", "pr");
    }

    @Test
    void anAccumulatorThatSawNoStepsGivesMissingValuesAndZeroCounts() {
        assertThat(compute(Statistics.mean(), 2, List.of(), "tas").get("tas")).containsExactly(NAN, NAN);
        assertThat(compute(Statistics.sum(), 2, List.of(), "tas").get("tas")).containsExactly(NAN, NAN);
        assertThat(compute(Statistics.min(), 2, List.of(), "tas").get("tas")).containsExactly(NAN, NAN);
        assertThat(compute(Statistics.count(), 2, List.of(), "tas").get("tas")).containsExactly(0, 0);
    }

    @Test
    void aBlockWithoutStepsChangesNothing() {
        GridBatch empty = Grids.batch(2, Map.of("tas", new double[0]));
        GridBatch one = Grids.batch(2, Map.of("tas", new double[] {3, NAN}));

        assertThat(compute(Statistics.max(), 2, List.of(empty, one, empty), "tas").get("tas"))
                .containsExactly(3, NAN);
    }

    @Test
    void infiniteValuesAreValidValues() {
        GridBatch b = Grids.batch(1, Map.of("tas", new double[] {Double.NEGATIVE_INFINITY, NAN}));

        assertThat(compute(Statistics.max(), 1, List.of(b), "tas").get("tas"))
                .containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(compute(Statistics.min(), 1, List.of(b), "tas").get("tas"))
                .containsExactly(Double.NEGATIVE_INFINITY);
    }
}
