package io.sluice.converters.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.Grids;
import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.spi.Accumulator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrecisionTest {

    @Test
    void meanOfTenMillionFloatsNearThreeHundredIsAccurateToOneBillionth() {
        int blocks = 100;
        int steps = 100_000;
        TimeAxis time = TimeAxes.steps(steps);
        Accumulator acc = Computing.start(Statistics.mean(), 1, "tas");
        SplittableRandom random = new SplittableRandom(20240229);
        long exactSumOfUnits = 0;
        double[] values = new double[steps];
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < steps; i++) {
                float v = (float) (300 + 10 * Math.sin((b * steps + i) * 1e-4) + random.nextDouble() - 0.5);
                values[i] = v;
                exactSumOfUnits += (long) Math.scalb((double) v, 15);
            }
            acc.add(GridBatch.of(time, Grids.space(1), Map.of("tas", values)));
        }
        BigDecimal exact = new BigDecimal(exactSumOfUnits)
                .divide(BigDecimal.valueOf(32768L * blocks * steps), MathContext.DECIMAL128);

        double mean = acc.finish().get("tas")[0];

        BigDecimal relative = new BigDecimal(mean).subtract(exact).abs().divide(exact, MathContext.DECIMAL128);
        assertThat(relative).isLessThan(new BigDecimal("1e-9"));
        assertThat(mean).isBetween(290.0, 310.0);
    }
}
