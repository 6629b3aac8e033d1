package io.sluice.converters.stats;

import static io.sluice.converters.stats.Computing.compute;
import static io.sluice.converters.stats.Computing.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.Accumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merging and splitting the input must not change any statistic. Values are floats in [256, 512), a tenth of
 * them NaN, and cell 3 always NaN; sums of such floats are exact in double, so results compare exactly. The
 * spread statistics add values one by one with Welford's update, so cutting blocks changes nothing either; only
 * merging two non-empty states (Chan's formula) rounds differently, within 1e-12 relative.
 */
class MergingTest {
    private static final int CELLS = 5;

    static Stream<Settings> statistics() {
        return Stream.of(Statistics.mean(), Statistics.min(), Statistics.max(), Statistics.sum(),
                Statistics.count(), Statistics.weightedMean(), Statistics.std(), Statistics.std1(), Statistics.var(),
                Statistics.var1());
    }

    private static GridBatch block(long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String v : List.of("tas", "pr")) {
            double[] x = new double[steps * CELLS];
            for (int i = 0; i < x.length; i++) {
                boolean missing = i % CELLS == 3 || random.nextInt(10) == 0;
                x[i] = missing ? Double.NaN : (float) (256 + 256 * random.nextDouble());
            }
            values.put(v, x);
        }
        return Grids.batch(CELLS, values);
    }

    private static GridBatch steps(GridBatch b, int from, int to) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String v : b.variables()) {
            values.put(v, Arrays.copyOfRange(b.values(v), from * CELLS, to * CELLS));
        }
        return Grids.batch(CELLS, values);
    }

    private static void assertSame(Map<String, double[]> actual, Map<String, double[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((v, x) -> assertThat(actual.get(v)).as(v).isEqualTo(x));
    }

    @ParameterizedTest
    @MethodSource("statistics")
    void mergingTwoAccumulatorsEqualsOneAccumulatorOverBothBlocks(Settings stage) {
        GridBatch a = block(1, 7);
        GridBatch b = block(2, 11);
        Accumulator left = start(stage, CELLS, "tas", "pr");
        Accumulator right = start(stage, CELLS, "tas", "pr");
        left.add(a);
        right.add(b);
        left.merge(right);

        Map<String, double[]> expected = compute(stage, CELLS, List.of(a, b), "tas", "pr");
        if (List.of("std", "std1", "var", "var1").contains(stage.toConfig().get("type"))) {
            left.finish().forEach((v, x) -> {
                for (int c = 0; c < CELLS; c++) {
                    double e = expected.get(v)[c];
                    if (Double.isNaN(e)) {
                        assertThat(x[c]).as(v + " cell " + c).isNaN();
                    } else {
                        assertThat(x[c]).as(v + " cell " + c).isCloseTo(e, within(1e-12 * e));
                    }
                }
            });
        } else {
            assertSame(left.finish(), expected);
        }
        double allMissing = left.finish().get("tas")[3];
        if (stage.toConfig().get("type").equals("count")) {
            assertThat(allMissing).isZero();
        } else {
            assertThat(allMissing).isNaN();
        }
    }

    @ParameterizedTest
    @MethodSource("statistics")
    void severalBlocksGiveTheSameResultAsOneBigBlock(Settings stage) {
        GridBatch whole = block(3, 18);
        List<GridBatch> pieces = List.of(steps(whole, 0, 5), steps(whole, 5, 13), steps(whole, 13, 18));

        assertSame(compute(stage, CELLS, pieces, "tas", "pr"), compute(stage, CELLS, List.of(whole), "tas", "pr"));
    }

    @ParameterizedTest
    @MethodSource("statistics")
    void mergingAnEmptyAccumulatorChangesNothing(Settings stage) {
        GridBatch a = block(4, 6);
        Accumulator acc = start(stage, CELLS, "tas", "pr");
        acc.add(a);
        acc.merge(start(stage, CELLS, "tas", "pr"));

        assertSame(acc.finish(), compute(stage, CELLS, List.of(a), "tas", "pr"));
    }

    @ParameterizedTest
    @MethodSource("statistics")
    void anAccumulatorSurvivesSerialisationToAnotherWorker(Settings stage) throws Exception {
        GridBatch a = block(5, 4);
        GridBatch b = block(6, 3);
        Accumulator acc = start(stage, CELLS, "tas", "pr");
        acc.add(a);
        Accumulator copy = roundTrip(acc);
        copy.add(b);

        assertSame(copy.finish(), compute(stage, CELLS, List.of(a, b), "tas", "pr"));
    }

    @ParameterizedTest
    @MethodSource("statistics")
    void finishReturnsNewArraysAndKeepsTheState(Settings stage) {
        GridBatch a = block(7, 4);
        Accumulator acc = start(stage, CELLS, "tas", "pr");
        acc.add(a);
        Arrays.fill(acc.finish().get("tas"), -1);
        acc.add(a);

        assertSame(acc.finish(), compute(stage, CELLS, List.of(a, a), "tas", "pr"));
    }

    private static Accumulator roundTrip(Accumulator acc) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Accumulator) in.readObject();
        }
    }
}
