package io.sluice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BigEndianDecodingTest {
    // 1.5f = 0x3FC00000, -2.0f = 0xC0000000, 1e20f = 0x60AD78EC (IEEE 754 single, big-endian)
    private static final byte[] BYTES = {
        0x3F, (byte) 0xC0, 0, 0,
        (byte) 0xC0, 0, 0, 0,
        0x60, (byte) 0xAD, 0x78, (byte) 0xEC};

    @Test
    void everyWayDecodesTheSameBigEndianFloats() {
        float[] bulk = new float[3];
        float[] view = new float[3];
        BigEndianDecoding.bulk(BYTES, bulk);
        BigEndianDecoding.viewLoop(BYTES, view);
        assertThat(bulk).containsExactly(1.5f, -2.0f, 1e20f);
        assertThat(view).containsExactly(1.5f, -2.0f, 1e20f);
    }

    @Test
    void theFillValueBecomesNanWhetherWidenedInOnePassOrTwo() {
        float[] raw = new float[3];
        BigEndianDecoding.bulk(BYTES, raw);
        double[] twoPasses = new double[3];
        double[] onePass = new double[3];
        BigEndianDecoding.widen(raw, 1e20f, twoPasses);
        BigEndianDecoding.fusedToDouble(BYTES, 1e20f, onePass);
        assertThat(twoPasses).containsExactly(1.5, -2.0, Double.NaN);
        assertThat(onePass).containsExactly(1.5, -2.0, Double.NaN);
    }
}
