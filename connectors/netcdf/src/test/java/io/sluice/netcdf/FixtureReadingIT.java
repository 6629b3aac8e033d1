package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.Axis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.nc2.NetcdfFile;

/** End to end on the committed fixtures and a real file. */
class FixtureReadingIT {

    @Test
    void packedPressureIsRawTimesHalfPlus101325AndItsFillIsNaN() throws IOException {
        Path p = TestSources.fixture("monthly_packed.nc");
        try (NetcdfFileSource s = TestSources.create(p, "psl");
             NetcdfFile raw = NetcdfFile.open(p.toString())) {
            double[] psl = TestSources.read(s, "psl", 0, 60, 1 << 20);
            assertThat(psl[0]).as("ncdump shows psl(0,0,0) = -10s").isEqualTo(101320.0);
            short[] packed = (short[]) raw.findVariable("psl").read().getStorage();
            int missing = 0;
            for (int i = 0; i < packed.length; i++) {
                if (packed[i] == -32767) {
                    missing++;
                    assertThat(psl[i]).isNaN();
                } else {
                    assertThat(psl[i]).isEqualTo(packed[i] * 0.5 + 101325);
                }
            }
            assertThat(missing).as("5 % plus a forced gap are missing").isGreaterThan(packed.length / 25);
            assertThat(s.describe().variables().get(0).storedType()).isEqualTo("short");
        }
    }

    @Test
    void precipitationFillIsNaNIncludingTheForcedJja1982Gap() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("multi_daily_small.nc"))) {
            SourceDescription d = s.describe();
            assertThat(d.variables()).extracting(VariableInfo::name).containsExactly("tas", "pr");
            int cells = (int) d.cellsPerStep();
            double[] pr = TestSources.read(s, "pr", 0, 1461, 1 << 20);
            double[] tas = TestSources.read(s, "tas", 0, 1461, 1 << 20);
            int june1982 = 365 + 31 + 28 + 31 + 30 + 31;   // 1981 has 365 days, then Jan..May 1982
            assertThat(d.time().label(june1982)).isEqualTo("1982-06-01T12:00:00");
            for (int t = june1982; t < june1982 + 92; t++) {
                assertThat(pr[t * cells]).as("cell (0, 0) at step " + t).isNaN();
                assertThat(tas[t * cells]).isNotNaN();
            }
            assertThat(pr[(june1982 + 92) * cells]).isNotNaN();
        }
    }

    @Test
    void aMisspeltVariableNamesTheFileTheChoicesAndTheClosestName() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("multi_daily_small.nc"), "tass")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessage("java dsl: source.variables[0]: 'tass' is not in multi_daily_small.nc; available: pr,"
                            + " tas. Did you mean 'tas'?");
        }
    }

    @Test
    void blockReadsEqualOneWholeReadWhateverTheBlockSize() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("tas_daily_small.nc"))) {
            double[] whole = TestSources.read(s, "tas", 100, 500, Long.MAX_VALUE);
            for (long bytes : new long[] {1, 48 * 8, 48 * 8 * 7 + 1, 1 << 16}) {
                assertThat(TestSources.read(s, "tas", 100, 500, bytes)).as(bytes + " bytes").isEqualTo(whole);
            }
        }
    }

    @Test
    void fourThreadsReadingChunksAtOnceGetWhatOneThreadGets() throws Exception {
        Path p = TestSources.fixture("multi_daily_small.nc");
        List<int[]> chunks = new ArrayList<>();
        for (int from = 0; from < 1461; from += 37) {
            chunks.add(new int[] {from, Math.min(1461, from + 37)});
        }
        Map<Integer, double[]> sequential = new ConcurrentHashMap<>();
        try (NetcdfFileSource s = TestSources.create(p)) {
            for (int i = 0; i < chunks.size(); i++) {
                sequential.put(i, TestSources.read(s, "pr", chunks.get(i)[0], chunks.get(i)[1], 4096));
            }
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        try (NetcdfFileSource s = TestSources.create(p)) {
            s.describe();
            for (int round = 0; round < 5; round++) {
                Map<Integer, double[]> parallel = new ConcurrentHashMap<>();
                List<ForkJoinTask<?>> tasks = new ArrayList<>();
                for (int i = 0; i < chunks.size(); i++) {
                    int k = i;
                    tasks.add(pool.submit(() -> {
                        parallel.put(k, TestSources.read(s, "pr", chunks.get(k)[0], chunks.get(k)[1], 4096));
                        return null;
                    }));
                }
                for (ForkJoinTask<?> t : tasks) {
                    t.get();
                }
                for (int i = 0; i < chunks.size(); i++) {
                    assertThat(parallel.get(i)).as("chunk " + i).isEqualTo(sequential.get(i));
                }
            }
            assertThat(s.openHandles()).isBetween(2, 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNetcdf4CopyReadsTheSameAsTheNetcdf3Original() throws IOException {
        try (NetcdfFileSource nc3 = TestSources.create(TestSources.fixture("tas_daily_small.nc"));
             NetcdfFileSource nc4 = TestSources.create(TestSources.fixture("tas_daily_small_nc4.nc"))) {
            assertThat(nc4.describe().format()).isEqualTo("NetCDF-4");
            assertThat(nc3.describe().format()).isEqualTo("NetCDF-3 classic");
            assertThat(nc4.describe().space()).isEqualTo(nc3.describe().space());
            VariableInfo v3 = nc3.describe().variables().get(0);
            VariableInfo v4 = nc4.describe().variables().get(0);
            assertThat(v4).usingRecursiveComparison().ignoringFields("attributes").isEqualTo(v3);
            assertThat(v4.attributes()).as("netcdf-java adds _ChunkSizes").containsAllEntriesOf(v3.attributes());
            for (int i = 0; i < 1461; i++) {
                assertThat(nc4.describe().time().label(i)).isEqualTo(nc3.describe().time().label(i));
            }
            assertThat(TestSources.read(nc4, "tas", 0, 1461, 1 << 16))
                    .isEqualTo(TestSources.read(nc3, "tas", 0, 1461, 1 << 20));
        }
    }

    @Test
    void aTruncatedNetcdf4FileCannotBeOpened(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(TestSources.fixture("tas_daily_small_nc4.nc"));
        Files.write(dir.resolve("cut4.nc"), Arrays.copyOf(bytes, bytes.length - 20_000));
        try (NetcdfFileSource s = TestSources.create(dir.resolve("cut4.nc"))) {
            assertThatThrownBy(s::describe).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cut4.nc: cannot be opened as NetCDF-4: File is truncated");
        }
    }

    @Test
    void theNavyWindsHaveUpperCaseAxesAndReadAsStored() throws IOException {
        Path p = TestSources.fixture("real/monthly_navy_winds.cdf");
        try (NetcdfFileSource s = TestSources.create(p);
             NetcdfFile raw = NetcdfFile.open(p.toString())) {
            SourceDescription d = s.describe();
            assertThat(d.format()).isEqualTo("NetCDF-3 classic");
            assertThat(d.variables()).extracting(VariableInfo::name).containsExactly("UWND", "VWND");
            assertThat(d.space()).extracting(Axis::name).containsExactly("FNOCY", "FNOCX");
            assertThat(d.space()).extracting(Axis::size).containsExactly(73, 144);
            assertThat(d.dimensions()).containsEntry("TIME", 132).containsEntry("FNOCY", 73);
            assertThat(d.variables().get(0).attributes()).containsEntry("_FillValue", "-99.9")
                    .containsEntry("units", "M/S");
            float[] uwnd = (float[]) raw.findVariable("UWND").read().getStorage();
            double[] read = TestSources.read(s, "UWND", 0, 132, 8 << 20);
            // the file holds no -99.9 values (CDO counts every value valid); fills are tested in NetcdfReadTest
            double[] expected = new double[uwnd.length];
            for (int i = 0; i < uwnd.length; i++) {
                expected[i] = uwnd[i] == -99.9f ? Double.NaN : uwnd[i];
            }
            assertThat(read).isEqualTo(expected);
        }
    }
}
