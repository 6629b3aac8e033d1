package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ucar.nc2.NetcdfFile;

/** The committed NetCDF-4 file (made by nccopy) holds exactly the NetCDF-3 fixture's content. */
class Netcdf4CopyTest {

  @Test
  void netcdf4CopyHasTheSameTimeAxisAndTasValuesAsTheNetcdf3Fixture() throws Exception {
    try (NetcdfFile nc3 = NetcdfFile.open("tas_daily_small.nc");
        NetcdfFile nc4 = NetcdfFile.open("tas_daily_small_nc4.nc")) {
      assertThat(nc4.getFileTypeId()).isEqualTo("netCDF-4");
      for (String name : new String[] {"time", "time_bnds", "lat", "lon"}) {
        assertThat(nc4.findVariable(name).read().get1DJavaArray(double.class))
            .as(name).isEqualTo(nc3.findVariable(name).read().get1DJavaArray(double.class));
      }
      assertThat(nc4.findVariable("tas").read().get1DJavaArray(float.class))
          .isEqualTo(nc3.findVariable("tas").read().get1DJavaArray(float.class));
      assertThat(nc4.findVariable("time").findAttribute("calendar").getStringValue()).isEqualTo("standard");
    }
  }
}
