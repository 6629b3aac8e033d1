package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.TimeAxis;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.DataType;

class TimeBoundsTest {
    @TempDir
    Path dir;

    private TestNetcdf daily(String name, String units, String boundsAttribute) {
        Object[] attrs = boundsAttribute == null ? new Object[] {"units", units}
                : new Object[] {"units", units, "bounds", boundsAttribute};
        return TestNetcdf.at(dir.resolve(name)).dim("time", 0).dim("bnds", 2).dim("x", 2)
                .variable("time", DataType.DOUBLE, "time", attrs).values("time", new double[] {0.5, 1.5, 2.5})
                .variable("tas", DataType.FLOAT, "time x").values("tas", new float[] {1, 2, 3, 4, 5, 6});
    }

    @Test
    void theVariableNamedByTheBoundsAttributeIsReadWithTheTimeAxis() throws IOException {
        Path file = daily("b.nc", "days since 2000-01-01", "time_bnds")
                .variable("time_bnds", DataType.DOUBLE, "time bnds")
                .values("time_bnds", new double[] {0, 1, 1, 2, 2, 3}).write();
        try (NetcdfFileSource s = TestSources.create(file, "tas")) {
            TimeAxis t = s.describe().time();
            assertThat(t.hasBounds()).isTrue();
            assertThat(t.boundsName()).isEqualTo("time_bnds");
            assertThat(t.lowerBound(1)).isEqualTo(1.0);
            assertThat(t.upperBound(2)).isEqualTo(3.0);
            assertThat(t.slice(1, 3).lowerBound(0)).as("slices keep their bounds").isEqualTo(1.0);
        }
    }

    @Test
    void withoutBoundsTheStepValuesStandForThem() throws IOException {
        try (NetcdfFileSource s = TestSources.create(daily("n.nc", "days since 2000-01-01", null).write(), "tas")) {
            TimeAxis t = s.describe().time();
            assertThat(t.hasBounds()).isFalse();
            assertThat(t.lowerBound(1)).isEqualTo(1.5);
            assertThat(t.upperBound(1)).isEqualTo(1.5);
        }
    }

    @Test
    void aBoundsAttributeNamingNoVariableIsAnErrorNamingBoth() throws IOException {
        try (NetcdfFileSource s = TestSources.create(daily("m.nc", "days since 2000-01-01", "tb").write(), "tas")) {
            assertThatThrownBy(s::describe).isInstanceOf(IOException.class)
                    .hasMessage("m.nc: time variable 'time' has bounds 'tb', which is not in the file; expected a"
                            + " variable (time, 2)");
        }
    }

    @Test
    void aTimeAxisThatCannotBeDecodedIsAnErrorNamingTheVariableAndItsUnits() throws IOException {
        Path file = daily("u.nc", "months since 2000-01-01", null).write();
        try (NetcdfFileSource s = TestSources.create(file, "tas")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("u.nc: time variable 'time' has units 'months since 2000-01-01' that"
                            + " cannot be decoded: 'months' have no fixed length in this calendar (only in 360_day)");
        }
    }

    @Test
    void theYearZeroClimatologyOfCoadsDecodesAsCdoShowsIt() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("real/coads_climatology.cdf"), "SST")) {
            TimeAxis t = s.describe().time();
            assertThat(t.size()).isEqualTo(12);
            // cdo showtimestamp testdata/real/coads_climatology.cdf: 0000-01-16T06:00:00 ... 0000-12-16T01:20:06
            assertThat(t.label(0)).isEqualTo("0000-01-16T06:00:00");
            assertThat(t.label(11)).isEqualTo("0000-12-16T01:20:06");
        }
    }
}
