package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;

/** The Parquet-to-NetCDF example rebuilds the original grid: cdo diffn finds no difference. */
class ParquetToNetcdfExampleIT {
    private static final Path ORIGINAL = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void theTableBecomesTheOriginalGridAgain() throws Exception {
        Path dataset = out.resolve("tas");
        Path grid = out.resolve("tas.nc");
        ExampleRuns.run("netcdf-to-parquet", null, dataset);
        ExampleRuns.run("parquet-to-netcdf", dataset, grid);

        // cdo diffn prints a line per differing record and a count; nothing when the files agree
        assertThat(ExampleRuns.tool("cdo", "diffn", ORIGINAL.toString(), grid.toString())).isEmpty();
        assertThat(ExampleRuns.tool("cdo", "-s", "ntime", grid.toString()).trim()).isEqualTo("1461");
        try (NetcdfFile a = NetcdfFile.open(ORIGINAL.toString()); NetcdfFile b = NetcdfFile.open(grid.toString())) {
            for (String v : new String[] {"time", "lat", "lon", "tas"}) {
                Array x = a.findVariable(v).read();
                Array y = b.findVariable(v).read();
                assertThat(y.getShape()).as(v).containsExactly(x.getShape());
                for (int i = 0; i < x.getSize(); i++) {
                    assertThat(y.getDouble(i)).as("%s[%d]", v, i).isEqualTo(x.getDouble(i));
                }
            }
            assertThat(b.findVariable("time").findAttribute("units").getStringValue())
                    .isEqualTo("days since 1850-01-01");
        }
    }
}
