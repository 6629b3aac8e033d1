package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.BatchReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.DataType;

class NetcdfReadTest {
    private static final double NaN = Double.NaN;

    @TempDir
    Path dir;

    private Path file(String name, int steps, int cells, DataType type, Object values, Object... attributes)
            throws IOException {
        double[] t = new double[steps];
        for (int i = 0; i < steps; i++) {
            t[i] = i;
        }
        return TestNetcdf.at(dir.resolve(name)).time("days since 2000-01-01", null, t).dim("x", cells)
                .variable("v", type, "time x", attributes).values("v", values).write();
    }

    private double[] readAll(Path p) throws IOException {
        try (NetcdfFileSource s = TestSources.create(p)) {
            return TestSources.read(s, "v", 0, s.describe().time().size(), 1 << 20);
        }
    }

    @Test
    void fillMissingAndOutOfRangeValuesBecomeNaNComparedAsFloat() throws IOException {
        Path p = file("f.nc", 2, 4, DataType.FLOAT, new float[] {1e20f, 5, -99.9f, 7, 1, Float.NaN, 2000, -1},
                "_FillValue", 1e20f, "missing_value", -99.9, "valid_range", new float[] {0, 1000});
        assertThat(readAll(p)).containsExactly(NaN, 5, NaN, 7, 1, NaN, NaN, NaN);
    }

    @Test
    void withoutFillAttributesNoDefaultFillIsAssumed() throws IOException {
        Path p = file("nofill.nc", 1, 2, DataType.FLOAT, new float[] {9.96921e36f, 3});
        assertThat(readAll(p)).containsExactly(9.96921e36f, 3);
    }

    @Test
    void packedInt16IsUnpackedAfterTheFillTestOnTheRawValue() throws IOException {
        // hand-computed: raw * 0.5 + 101325
        Path p = file("psl.nc", 1, 5, DataType.SHORT, new short[] {-32767, 0, 10, -10, 32767},
                "scale_factor", 0.5f, "add_offset", 101325f, "_FillValue", (short) -32767);
        assertThat(readAll(p)).containsExactly(NaN, 101325, 101330, 101320, 117708.5);
    }

    @Test
    void validMinAndMaxInUnpackedUnitsArePackedBeforeComparing() throws IOException {
        // valid_min 101320.0 (double, the unpacked type) is raw -10; raw -12 is below it
        Path p = file("vmin.nc", 1, 3, DataType.SHORT, new short[] {-12, -10, 4},
                "scale_factor", 0.5, "add_offset", 101325.0, "valid_min", 101320.0);
        assertThat(readAll(p)).containsExactly(NaN, 101320, 101327);
    }

    @Test
    void unsignedBytesAreReadAsUnsigned() throws IOException {
        Path p = file("u.nc", 1, 3, DataType.BYTE, new byte[] {(byte) 200, 1, (byte) 255},
                "_Unsigned", "true", "_FillValue", (byte) -1);
        assertThat(readAll(p)).containsExactly(200, 1, NaN);
    }

    @Test
    void intAndDoubleDataKeepEveryDigit() throws IOException {
        assertThat(readAll(file("i.nc", 1, 2, DataType.INT, new int[] {123456789, -5}, "_FillValue", -5)))
                .containsExactly(123456789, NaN);
        assertThat(readAll(file("d.nc", 1, 2, DataType.DOUBLE, new double[] {0.1, 1e300})))
                .containsExactly(0.1, 1e300);
    }

    @Test
    void blocksHoldAsManyStepsAsFitAndTogetherEqualOneWholeRead() throws IOException {
        float[] raw = new float[10 * 6];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i * 0.25f;
        }
        Path p = file("blocks.nc", 10, 6, DataType.FLOAT, raw);
        try (NetcdfFileSource s = TestSources.create(p)) {
            double[] whole = TestSources.read(s, "v", 2, 9, Long.MAX_VALUE);
            List<Integer> steps = new ArrayList<>();
            try (BatchReader r = s.open(TestSources.chunk("time", 2, 9), 3 * 6 * 8 + 7)) {
                for (GridBatch b = r.nextGrid(); b != null; b = r.nextGrid()) {
                    steps.add(b.steps());
                    assertThat((long) b.steps() * b.cellsPerStep() * 8).isLessThanOrEqualTo(3 * 6 * 8 + 7);
                }
            }
            assertThat(steps).containsExactly(3, 3, 1);
            assertThat(TestSources.read(s, "v", 2, 9, 3 * 6 * 8)).containsExactly(whole);
            assertThat(TestSources.read(s, "v", 2, 9, 1)).as("at least one step per block").containsExactly(whole);
            assertThat(whole[0]).isEqualTo(raw[12]);
        }
    }

    @Test
    void batchesCarryTheirTimeStepsAndSpace() throws IOException {
        Path p = file("labels.nc", 4, 1, DataType.FLOAT, new float[] {1, 2, 3, 4});
        try (NetcdfFileSource s = TestSources.create(p);
             BatchReader r = s.open(TestSources.chunk("time", 1, 4), 16)) {
            GridBatch b = r.nextGrid();
            assertThat(b.steps()).isEqualTo(2);
            assertThat(b.time().label(0)).isEqualTo("2000-01-02");
            assertThat(b.space()).isEqualTo(s.describe().space());
            assertThat(b.values("v")).containsExactly(2, 3);
            assertThat(r.nextGrid().values("v")).containsExactly(4);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void anEmptyRangeHasNoBlocksAndARangeBeyondTheAxisIsRejected() throws IOException {
        Path p = file("e.nc", 2, 1, DataType.FLOAT, new float[] {1, 2});
        try (NetcdfFileSource s = TestSources.create(p)) {
            try (BatchReader r = s.open(TestSources.chunk("time", 1, 1), 1 << 20)) {
                assertThat(r.next()).isNull();
            }
            assertThatThrownBy(() -> s.open(TestSources.chunk("time", 0, 3), 1 << 20))
                    .hasMessage("time 0..2 is beyond the 2 time steps of e.nc");
            assertThatThrownBy(() -> s.open(TestSources.chunk("lat", 0, 1), 1 << 20))
                    .hasMessageContaining("reads ranges of its time dimension 'time'");
        }
    }

    @Test
    void aTruncatedFileFailsTheReadOfTheMissingStepsWithAClearMessage() throws IOException {
        double[] t = new double[100];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        Path p = TestNetcdf.at(dir.resolve("fixed.nc")).dim("time", 100).dim("x", 50)
                .variable("time", DataType.DOUBLE, "time", "units", "days since 2000-01-01").values("time", t)
                .variable("v", DataType.FLOAT, "time x").values("v", new float[100 * 50]).write();
        Path cut = truncate(p, 5000);
        try (NetcdfFileSource s = TestSources.create(cut)) {
            assertThat(TestSources.read(s, "v", 0, 10, 1 << 20)).hasSize(500);
            assertThatThrownBy(() -> TestSources.read(s, "v", 90, 100, 1 << 20))
                    .isInstanceOf(IOException.class)
                    .hasMessageMatching("unexpected end of file: v steps 90\\.\\.99 need bytes up to [0-9,]+ but the"
                            + " file has [0-9,]+ bytes \\(is it truncated\\?\\)");
        }
    }

    @Test
    void aTruncatedRecordFileFailsWhenItsTimeValuesAreRead() throws IOException {
        Path cut = truncate(file("records.nc", 100, 50, DataType.FLOAT, new float[100 * 50]), 5000);
        try (NetcdfFileSource s = TestSources.create(cut)) {
            assertThatThrownBy(s::describe).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cut.nc: unexpected end of file: time steps 0..99 need bytes up to");
        }
    }

    @Test
    void aFileCutInsideItsHeaderIsReportedAsSuch() throws IOException {
        Path p = file("h.nc", 2, 1, DataType.FLOAT, new float[] {1, 2}, "long_name", "x".repeat(300));
        Path cut = Files.write(dir.resolve("cut.nc"), java.util.Arrays.copyOf(Files.readAllBytes(p), 100));
        try (NetcdfFileSource s = TestSources.create(cut)) {
            assertThatThrownBy(s::describe).isInstanceOf(IOException.class)
                    .hasMessage("cut.nc: the file ends inside its header (is it truncated?)");
        }
    }

    private Path truncate(Path p, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(p);
        return Files.write(dir.resolve("cut.nc"), java.util.Arrays.copyOf(all, all.length - bytes));
    }

    @Test
    void closingTheSourceClosesEveryHandleAndLaterReadsFail() throws IOException {
        Path p = file("c.nc", 2, 1, DataType.FLOAT, new float[] {1, 2});
        NetcdfFileSource s = TestSources.create(p);
        s.describe();
        assertThat(s.openHandles()).isEqualTo(1);
        s.close();
        assertThat(s.openHandles()).isZero();
        assertThatThrownBy(() -> s.open(TestSources.chunk("time", 0, 1), 8).next())
                .hasMessage("the source is closed");
    }
}
