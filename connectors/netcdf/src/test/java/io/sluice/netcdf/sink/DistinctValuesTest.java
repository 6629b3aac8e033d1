package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistinctValuesTest {

    @Test
    void valuesComeBackSortedOnceEach() {
        DistinctValues v = new DistinctValues();
        for (double x : new double[] {10, -10, 10, 0, -0.0 + 0.0, 5, -10}) {
            v.add(x);
        }
        assertThat(v.values()).containsExactly(-10, 0, 5, 10);
    }

    @Test
    void moreValuesThanTheBufferHoldsAreMergedExactly() {
        DistinctValues v = new DistinctValues();
        for (int i = 0; i < 50_000; i++) {
            v.add((i * 7919) % 10_007);
        }
        double[] values = v.values();
        assertThat(values).hasSize(10_007);
        assertThat(values[0]).isZero();
        assertThat(values[10_006]).isEqualTo(10_006);
    }

    @Test
    void anEmptySetHasNoValues() {
        assertThat(new DistinctValues().values()).isEmpty();
    }
}
