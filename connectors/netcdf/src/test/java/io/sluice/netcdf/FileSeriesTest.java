package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.DataType;

class FileSeriesTest {
    @TempDir
    Path dir;

    /** Two steps of tas(time, x) at days {@code first} and {@code first + 1}, values first*10 + 1..4. */
    private Path part(String name, double first, String units, double[] x) throws IOException {
        float base = (float) first * 10;
        return TestNetcdf.at(dir.resolve(name)).dim("time", 0).dim("x", 2)
                .variable("time", DataType.DOUBLE, "time", "units", units).values("time", new double[] {first, first + 1})
                .variable("x", DataType.DOUBLE, "x").values("x", x)
                .variable("tas", DataType.FLOAT, "time x", "units", "K")
                .values("tas", new float[] {base + 1, base + 2, base + 3, base + 4}).write();
    }

    private Path part(String name, double first) throws IOException {
        return part(name, first, "days since 2000-01-01", new double[] {0, 1});
    }

    private NetcdfFileSource glob(String pattern) {
        return TestSources.create(NetcdfSource.at(pattern, "tas"), dir);
    }

    @Test
    void filesMatchedByAGlobAreJoinedInTimeOrderWhateverTheirNames() throws IOException {
        part("b_first.nc", 0);
        part("a_second.nc", 2);
        try (NetcdfFileSource s = glob("*.nc")) {
            SourceDescription d = s.describe();
            assertThat(d.time().size()).isEqualTo(4);
            assertThat(d.time().label(3)).isEqualTo("2000-01-04");
            assertThat(d.files()).containsExactly("b_first.nc (2000-01-01 .. 2000-01-02, 2 steps)",
                    "a_second.nc (2000-01-03 .. 2000-01-04, 2 steps)");
            assertThat(d.format()).isEqualTo("NetCDF-3 classic, 2 files");
            assertThat(d.dimensions()).containsEntry("time", 4);
        }
    }

    @Test
    void aChunkSpanningTwoFilesReadsEachThroughItsOwnHandle() throws IOException {
        part("y1.nc", 0);
        part("y2.nc", 2);
        try (NetcdfFileSource s = glob("y?.nc")) {
            assertThat(TestSources.read(s, "tas", 1, 4, 1 << 20)).containsExactly(3, 4, 21, 22, 23, 24);
            assertThat(s.openHandles()).isEqualTo(2);
        }
    }

    @Test
    void aListOfFilesIsJoinedLikeAGlob() throws IOException {
        part("p.nc", 0);
        part("q.nc", 2);
        var config = io.sluice.core.config.Config.ofType("netcdf").with("path", List.of("q.nc", "p.nc"))
                .with("variables", List.of("tas"));
        try (NetcdfFileSource s = TestSources.create(config, dir)) {
            assertThat(s.describe().time().value(0)).isEqualTo(0.0);
            assertThat(s.describe().files()).hasSize(2);
        }
    }

    @Test
    void overlappingTimeRangesAreAnErrorNamingBothFiles() throws IOException {
        part("one.nc", 0);
        part("two.nc", 1);
        try (NetcdfFileSource s = glob("*.nc")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("two.nc (2000-01-02 .. 2000-01-03) overlaps one.nc (2000-01-01 .. 2000-01-02);"
                            + " expected files whose time ranges follow each other");
        }
    }

    @Test
    void differentTimeUnitsAreAnErrorNamingTheFileAndTheUnits() throws IOException {
        part("a.nc", 0);
        part("b.nc", 5, "days since 1999-12-31", new double[] {0, 1});
        try (NetcdfFileSource s = glob("*.nc")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("b.nc has time units 'days since 1999-12-31' but a.nc has 'days since"
                            + " 2000-01-01'; the files of one source must agree");
        }
    }

    @Test
    void differentGridsAreAnErrorNamingTheFileAndTheAxis() throws IOException {
        part("a.nc", 0);
        part("b.nc", 2, "days since 2000-01-01", new double[] {0, 2});
        try (NetcdfFileSource s = glob("*.nc")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("b.nc has axis x of 2 values [0.0 .. 2.0] but a.nc has x of 2 values"
                            + " [0.0 .. 1.0]");
        }
    }

    @Test
    void aVariableInOtherUnitsIsAnErrorNamingTheFileAndBothUnits() throws IOException {
        part("a.nc", 0);
        TestNetcdf.at(dir.resolve("b.nc")).dim("time", 0).dim("x", 2)
                .variable("time", DataType.DOUBLE, "time", "units", "days since 2000-01-01")
                .values("time", new double[] {2, 3})
                .variable("x", DataType.DOUBLE, "x").values("x", new double[] {0, 1})
                .variable("tas", DataType.FLOAT, "time x", "units", "degC")
                .values("tas", new float[] {1, 2, 3, 4}).write();
        try (NetcdfFileSource s = glob("*.nc")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("b.nc has tas(time, x) float in degC but a.nc has tas(time, x) float in K");
        }
    }

    @Test
    void aPatternMatchingNothingIsAnError() {
        try (NetcdfFileSource s = glob("none_*.nc")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("no file matches '" + dir.resolve("none_*.nc") + "'");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
