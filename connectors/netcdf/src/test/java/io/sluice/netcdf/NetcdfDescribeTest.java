package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.DataType;

class NetcdfDescribeTest {
    @TempDir
    Path dir;

    /** time(3) x lat(2) x lon(3): tas, psl (packed int16) and pr on the grid; time bounds, orography, station. */
    private Path grid(String name) throws IOException {
        return TestNetcdf.at(dir.resolve(name))
                .dim("time", 0).dim("bnds", 2)
                .variable("time", DataType.DOUBLE, "time", "units", "days since 2000-01-01", "calendar", "noleap",
                        "bounds", "time_bnds").values("time", new double[] {0, 1, 2}).dim("lat", 2).dim("lon", 3)
                .variable("time_bnds", DataType.DOUBLE, "time bnds")
                .variable("lat", DataType.FLOAT, "lat", "units", "degrees_north").values("lat", new float[] {-10, 10})
                .variable("orog", DataType.FLOAT, "lat lon")
                .variable("tas", DataType.FLOAT, "time lat lon", "units", "K")
                .variable("psl", DataType.SHORT, "time lat lon", "scale_factor", 0.5f, "add_offset", 101325f)
                .variable("pr", DataType.DOUBLE, "time lat lon", "_FillValue", 1e20)
                .variable("station", DataType.FLOAT, "time bnds")
                .global("title", "test grid")
                .write();
    }

    @Test
    void describesTheGridFromTheHeaderAndCoordinates() throws IOException {
        try (NetcdfFileSource s = TestSources.create(grid("g.nc"))) {
            SourceDescription d = s.describe();
            assertThat(d.origin()).isEqualTo("g.nc");
            assertThat(d.format()).isEqualTo("NetCDF-3 classic");
            assertThat(d.time().name()).isEqualTo("time");
            assertThat(d.time().calendar()).isEqualTo("noleap");
            assertThat(d.time().label(2)).isEqualTo("2000-01-03");
            assertThat(d.variables()).extracting(VariableInfo::name).containsExactly("tas", "psl", "pr");
            assertThat(d.space()).extracting(Axis::name).containsExactly("lat", "lon");
            assertThat(d.space().get(0).values()).containsExactly(-10, 10);
            assertThat(d.space().get(0).units()).isEqualTo("degrees_north");
            assertThat(d.space().get(1).values()).as("no coordinate variable: indices").containsExactly(0, 1, 2);
            assertThat(d.dimensions()).containsExactly(java.util.Map.entry("time", 3), java.util.Map.entry("bnds", 2),
                    java.util.Map.entry("lat", 2), java.util.Map.entry("lon", 3));
            assertThat(d.attributes()).containsEntry("title", "test grid");
            assertThat(d.allVariables()).extracting(VariableInfo::name)
                    .containsExactly("time", "time_bnds", "lat", "orog", "tas", "psl", "pr", "station");
            assertThat(d.cellsPerStep()).isEqualTo(6);
        }
    }

    @Test
    void storedAndValueTypesFollowTheDataAndItsPacking() throws IOException {
        try (NetcdfFileSource s = TestSources.create(grid("g.nc"))) {
            List<VariableInfo> v = s.describe().variables();
            assertThat(v).extracting(VariableInfo::storedType).containsExactly("float", "short", "double");
            assertThat(v).extracting(VariableInfo::valueType)
                    .containsExactly(ColumnType.FLOAT, ColumnType.FLOAT, ColumnType.DOUBLE);
            assertThat(v.get(1).attributes()).containsEntry("scale_factor", "0.5")
                    .containsEntry("add_offset", "101325.0");
            assertThat(v.get(0).dimensions()).containsExactly("time", "lat", "lon");
            assertThat(v.get(0).units()).isEqualTo("K");
        }
    }

    @Test
    void namedVariablesAreReadInTheGivenOrder() throws IOException {
        try (NetcdfFileSource s = TestSources.create(grid("g.nc"), "pr", "tas")) {
            assertThat(s.describe().variables()).extracting(VariableInfo::name).containsExactly("pr", "tas");
        }
    }

    @Test
    void aMisspeltVariableIsReportedWithTheAvailableOnesAndASuggestion() throws IOException {
        try (NetcdfFileSource s = TestSources.create(grid("g.nc"), "tass", "tas", "prr")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .satisfies(e -> assertThat(((PipelineInvalidException) e).problems()).extracting(Object::toString)
                            .containsExactly(
                                    "java dsl: source.variables[0]: 'tass' is not in g.nc; available: pr, psl, station,"
                                            + " tas. Did you mean 'tas'?",
                                    "java dsl: source.variables[2]: 'prr' is not in g.nc; available: pr, psl, station,"
                                            + " tas. Did you mean 'pr'?"));
        }
    }

    @Test
    void variablesOnDifferentGridsOrWithoutTimeFirstAreRejected() throws IOException {
        try (NetcdfFileSource s = TestSources.create(grid("g.nc"), "tas", "station", "orog")) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("source.variables[1]: 'station' has dimensions (time, bnds) but 'tas' has"
                            + " (time, lat, lon); the variables of one source must share their dimensions")
                    .hasMessageContaining("source.variables[2]: 'orog' does not have time ('time') as its first"
                            + " dimension; its dimensions are (lat, lon)");
        }
    }

    @Test
    void aMissingFileAndAFileThatIsNotNetcdfAreClearOneLineErrors() throws IOException {
        Files.writeString(dir.resolve("notes.nc"), "hello, world\n");
        try (NetcdfFileSource missing = TestSources.create(dir.resolve("nope.nc"));
             NetcdfFileSource text = TestSources.create(dir.resolve("notes.nc"))) {
            assertThatThrownBy(missing::describe).hasMessage("java dsl: source.path: nope.nc: no such file");
            assertThatThrownBy(text::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessage("java dsl: source.path: notes.nc: is not a NetCDF file (it starts with neither 'CDF'"
                            + " nor '\\211HDF'); expected NetCDF-3 or NetCDF-4");
        }
    }

    @Test
    void theTimeVariableIsFoundByItsAttributesOrNamedInTheSettings() throws IOException {
        Path p = TestNetcdf.at(dir.resolve("t.nc")).dim("step", 0).dim("x", 2)
                .variable("valid", DataType.INT, "step", "axis", "T", "units", "hours since 2001-02-03 04:00")
                .values("valid", new int[] {0, 6})
                .variable("other", DataType.DOUBLE, "step", "units", "days since 1900-01-01")
                .values("other", new double[] {0, 1})
                .variable("v", DataType.FLOAT, "step x").values("v", new float[] {1, 2, 3, 4})
                .write();
        try (NetcdfFileSource found = TestSources.create(p);
             NetcdfFileSource named = TestSources.create(NetcdfSource.at("t.nc", List.of(), "other"), dir);
             NetcdfFileSource wrong = TestSources.create(NetcdfSource.at("t.nc", List.of(), "valdi"), dir)) {
            assertThat(found.describe().time().name()).isEqualTo("valid");
            assertThat(found.describe().time().label(1)).isEqualTo("2001-02-03T10:00:00");
            assertThat(found.describe().variables()).extracting(VariableInfo::name).containsExactly("v");
            assertThat(named.describe().time().label(1)).isEqualTo("1900-01-02");
            assertThatThrownBy(wrong::describe).hasMessage("java dsl: source.time: 'valdi' is not in t.nc;"
                    + " one-dimensional variables: other, valid. Did you mean 'valid'?");
        }
    }

    @Test
    void aFileWithoutTimeCanBeInspectedButNotReadByName() throws IOException {
        Path p = TestNetcdf.at(dir.resolve("static.nc")).dim("x", 2)
                .variable("orog", DataType.FLOAT, "x").values("orog", new float[] {1, 2}).write();
        try (NetcdfFileSource inspect = TestSources.create(p);
             NetcdfFileSource named = TestSources.create(p, "orog")) {
            SourceDescription d = inspect.describe();
            assertThat(d.time().size()).isZero();
            assertThat(d.time().name()).isEmpty();
            assertThat(d.variables()).isEmpty();
            assertThat(d.allVariables()).extracting(VariableInfo::name).containsExactly("orog");
            assertThatThrownBy(() -> inspect.open(TestSources.chunk("", 0, 0), 1 << 20))
                    .isInstanceOf(PipelineInvalidException.class)
                    .hasMessageContaining("static.nc has no variables along a time axis to read");
            assertThatThrownBy(named::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessage("java dsl: source.time: static.nc has no time variable (none has standard_name"
                            + " 'time', axis 'T' or units '<unit> since <date>', and none is named 'time'); set"
                            + " 'time' to the name of the time variable");
        }
    }

    @Test
    void anUndecodableTimeAxisIsReportedWithTheFileVariableAndUnits() throws IOException {
        Path p = TestNetcdf.at(dir.resolve("bad.nc")).time("days since 2000-01-01", "standard", 0, 2, 1)
                .dim("x", 1).variable("v", DataType.FLOAT, "time x").values("v", new float[] {1, 2, 3}).write();
        try (NetcdfFileSource s = TestSources.create(p)) {
            assertThatThrownBy(s::describe).isInstanceOf(PipelineInvalidException.class)
                    .hasMessage("java dsl: source.path: bad.nc: time variable 'time' (units 'days since 2000-01-01')"
                            + " is not strictly increasing: index 2 has 1.0 after 2.0");
        }
    }

    @Test
    void theFormatNamesTheNetcdf3Variant() throws IOException {
        Path p = TestNetcdf.at(dir.resolve("big.nc")).largeFile().time("days since 2000-01-01", null, 0)
                .dim("x", 1).variable("v", DataType.FLOAT, "time x").values("v", new float[] {1}).write();
        try (NetcdfFileSource s = TestSources.create(p)) {
            assertThat(s.describe().format()).isEqualTo("NetCDF-3 64-bit offset");
            assertThat(s.describe().time().calendar()).isEqualTo("standard");
        }
    }
}
