package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.ColumnType;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import ucar.ma2.Array;
import ucar.ma2.DataType;

class ValueConverterTest {
    private static final double NaN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Packing packing(double scale, double offset, boolean unsigned, double... missing) {
        return new Packing(missing, -INF, INF, scale, offset, unsigned, ColumnType.FLOAT);
    }

    private static double[] convert(DataType type, Object values, Packing p) throws IOException {
        Array raw = Array.factory(type, new int[] {java.lang.reflect.Array.getLength(values)}, values);
        double[] out = new double[(int) raw.getSize() + 2];
        out[0] = -1;
        out[out.length - 1] = -1;
        ValueConverter.convert(raw, p, out, 1);
        assertThat(out[0]).as("values before the offset are untouched").isEqualTo(-1);
        assertThat(out[out.length - 1]).isEqualTo(-1);
        return java.util.Arrays.copyOfRange(out, 1, out.length - 1);
    }

    @Test
    void everyStorageTypeIsWidenedTestedAndUnpacked() throws IOException {
        Packing p = packing(2, 1, false, 7);
        assertThat(convert(DataType.FLOAT, new float[] {7, 1.5f, Float.NaN}, p)).containsExactly(NaN, 4, NaN);
        assertThat(convert(DataType.DOUBLE, new double[] {7, 0.25}, p)).containsExactly(NaN, 1.5);
        assertThat(convert(DataType.SHORT, new short[] {7, -3}, p)).containsExactly(NaN, -5);
        assertThat(convert(DataType.BYTE, new byte[] {7, -3}, p)).containsExactly(NaN, -5);
        assertThat(convert(DataType.INT, new int[] {7, 1 << 30}, p)).containsExactly(NaN, 2.0 * (1 << 30) + 1);
        assertThat(convert(DataType.LONG, new long[] {7, 1L << 40}, p)).containsExactly(NaN, 0x1p41 + 1);
    }

    @Test
    void unsignedIntegersAreReadWithoutSign() throws IOException {
        Packing p = packing(1, 0, true, 65535);
        assertThat(convert(DataType.SHORT, new short[] {-1, -2, 3}, p)).containsExactly(NaN, 65534, 3);
        assertThat(convert(DataType.BYTE, new byte[] {-1}, packing(1, 0, true))).containsExactly(255);
        assertThat(convert(DataType.INT, new int[] {-1}, packing(1, 0, true))).containsExactly(4294967295.0);
        assertThat(convert(DataType.LONG, new long[] {-1}, packing(1, 0, true))).containsExactly(0x1p64);
    }

    @Test
    void aFloatFillIsComparedAsAFloatNotAsTheDoubleWritten() throws IOException {
        Packing p = packing(1, 0, false, (float) -99.9);
        assertThat(convert(DataType.FLOAT, new float[] {-99.9f, -99.8f}, p)).containsExactly(NaN, (double) -99.8f);
    }

    @Test
    void theValidRangeAndManyMissingValuesAreTestedBeforeUnpacking() throws IOException {
        Packing p = new Packing(new double[] {1, 2, 3}, 0, 10, 10, 0, false, ColumnType.FLOAT);
        assertThat(convert(DataType.SHORT, new short[] {1, 2, 3, 4, -1, 11, 10, 0}, p))
                .containsExactly(NaN, NaN, NaN, 40, NaN, NaN, 100, 0);
    }

    @Test
    void blocksLongerThanOneTileAreConvertedWhole() throws IOException {
        float[] raw = new float[10_000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i % 100 == 0 ? -1 : i;
        }
        double[] expected = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            expected[i] = i % 100 == 0 ? NaN : i;
        }
        assertThat(convert(DataType.FLOAT, raw, packing(1, 0, false, -1))).isEqualTo(expected);
    }

    @Test
    void dataWithoutPackingOrMissingValuesPassesThroughWithItsNaNs() throws IOException {
        assertThat(convert(DataType.FLOAT, new float[] {1e20f, Float.NaN}, packing(1, 0, false)))
                .containsExactly(1e20f, NaN);
    }
}
