package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;

/**
 * The CSV-to-NetCDF example rebuilds the part of testdata/tas_daily_small.nc its CSV was cut from (10 days, the
 * 3 northern latitudes, 8 longitudes): cdo diffn finds no difference with that part selected by cdo.
 */
class CsvToNetcdfExampleIT {
    private static final Path ORIGINAL = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void theTidyRowsBecomeTheGridTheyWereCutFrom() throws Exception {
        Path grid = out.resolve("tas_north.nc");
        ExampleRuns.run("csv-to-netcdf", null, grid);

        // the table keeps no attributes, so cdo warns that lat and lon make a generic grid; no record differs
        // (cdo diffn exits with 1 when one does, which tool() turns into a failure)
        assertThat(ExampleRuns.tool("cdo", "diffn", "-seltimestep,1/10", "-sellonlatbox,0,360,0,90",
                ORIGINAL.toString(), grid.toString())).doesNotContain("records differ");
        assertThat(ExampleRuns.tool("cdo", "-s", "showtimestamp", grid.toString()))
                .isEqualTo(ExampleRuns.tool("cdo", "-s", "showtimestamp", "-seltimestep,1/10", ORIGINAL.toString()))
                .contains("1981-01-10T12:00:00");
        try (NetcdfFile a = NetcdfFile.open(ORIGINAL.toString()); NetcdfFile b = NetcdfFile.open(grid.toString())) {
            Array expected = a.findVariable("tas").read("0:9,3:5,0:7");
            Array actual = b.findVariable("tas").read();
            assertThat(actual.getShape()).containsExactly(10, 3, 8);
            for (int i = 0; i < expected.getSize(); i++) {
                assertThat(Float.floatToRawIntBits(actual.getFloat(i))).as("tas[%d]", i)
                        .isEqualTo(Float.floatToRawIntBits(expected.getFloat(i)));
            }
            assertThat((double[]) b.findVariable("lat").read().get1DJavaArray(double.class))
                    .containsExactly(15, 45, 75);
        }
    }
}
