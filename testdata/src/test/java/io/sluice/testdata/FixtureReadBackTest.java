package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/** Reads generated files back with netcdf-java and checks values computed by hand from the documented formulas. */
class FixtureReadBackTest {

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() throws Exception {
    FixtureWriter.write(Fixtures.tasDailySmall(), dir.resolve("tas.nc"));
    FixtureWriter.write(Fixtures.multiDailySmall(), dir.resolve("multi.nc"));
    FixtureWriter.write(Fixtures.monthlyPacked(), dir.resolve("packed.nc"));
  }

  @Test
  void timeAxisCarriesCfAttributesAndStartsAtNoonOnFirstJanuary1981() throws Exception {
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("tas.nc").toString())) {
      Variable time = nc.findVariable("time");
      assertThat(time.isUnlimited()).isTrue();
      assertThat(time.getSize()).isEqualTo(1461);
      assertThat(time.findAttribute("calendar").getStringValue()).isEqualTo("standard");
      assertThat(time.findAttribute("units").getStringValue()).isEqualTo("days since 1850-01-01");
      assertThat(time.findAttribute("axis").getStringValue()).isEqualTo("T");
      assertThat(time.read().getDouble(0)).isEqualTo(47847.5);
      assertThat(nc.findVariable("time_bnds").read().getDouble(1)).isEqualTo(47848.0);
      assertThat(nc.findGlobalAttribute("Conventions").getStringValue()).isEqualTo("CF-1.8");
      assertThat(nc.findVariable("lat").read().getDouble(0)).isEqualTo(-75.0);
      assertThat(nc.findVariable("lon").read().getDouble(7)).isEqualTo(315.0);
    }
  }

  @Test
  void firstTasValueIsTheFormulaPlusTheFirstDrawOfItsStream() throws Exception {
    double u = new SplittableRandom(42L * 1_000_003L + "tas".hashCode()).nextDouble();
    // day of year 1 at lat -75: 280 + 15 sin(-75 deg) cos(2 pi (1 - 15) / 365) = 265.929...
    double expected = 280 + 15 * Math.sin(Math.toRadians(-75)) * Math.cos(2 * Math.PI * (1 - 15) / 365.0) + u - 0.5;
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("tas.nc").toString())) {
      Array tas = nc.findVariable("tas").read();
      assertThat(tas.getFloat(0)).isEqualTo((float) expected);
      assertThat(tas.getFloat(0)).isCloseTo(265.93f, within(0.51f));
    }
  }

  @Test
  void tasIsIdenticalWhetherOrNotPrIsInTheFile() throws Exception {
    try (NetcdfFile a = NetcdfFile.open(dir.resolve("tas.nc").toString());
        NetcdfFile b = NetcdfFile.open(dir.resolve("multi.nc").toString())) {
      float[] one = (float[]) a.findVariable("tas").read().get1DJavaArray(float.class);
      float[] two = (float[]) b.findVariable("tas").read().get1DJavaArray(float.class);
      assertThat(two).isEqualTo(one);
    }
  }

  @Test
  void prIsMissingInTheForcedGapsAndOtherwiseNotNegative() throws Exception {
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("multi.nc").toString())) {
      Variable pr = nc.findVariable("pr");
      assertThat(pr.findAttribute("_FillValue").getNumericValue()).isEqualTo(1e20f);
      assertThat(pr.findAttribute("missing_value").getNumericValue()).isEqualTo(1e20f);
      Array values = pr.read();
      int cells = 6 * 8;
      // 1982-07-01 is step 365 + 181 = 546; cell (lat 0, lon 0) is missing all JJA 1982
      assertThat(values.getFloat(546 * cells)).isEqualTo(1e20f);
      // 1984-10-15 is step 1095 + 274 + 14 = 1383; cell (lat 5, lon 7) is missing every SON
      assertThat(values.getFloat(1383 * cells + 5 * 8 + 7)).isEqualTo(1e20f);
      long missing = 0;
      for (int k = 0; k < values.getSize(); k++) {
        float v = values.getFloat(k);
        assertThat(v).isGreaterThanOrEqualTo(0f);
        missing += v == 1e20f ? 1 : 0;
      }
      double fraction = missing / (double) values.getSize();
      assertThat(fraction).isBetween(0.03, 0.045);
    }
  }

  @Test
  void packedPslStoresTheRoundedFormulaAndItsFillValue() throws Exception {
    SplittableRandom psl = new SplittableRandom(42L * 1_000_003L + "psl".hashCode());
    double u = psl.nextDouble();
    double v = psl.nextDouble();
    // January 1981 is stamped at day of year 16: 101325 + 1500 sin(-150 deg) cos(2 pi / 365) + 800 cos(0) + noise
    double value = 101325 + 1500 * Math.sin(Math.toRadians(-150)) * Math.cos(2 * Math.PI * (16 - 15) / 365.0)
        + 800 + 400 * (u - 0.5);
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("packed.nc").toString())) {
      Variable var = nc.findVariable("psl");
      assertThat(var.findAttribute("scale_factor").getNumericValue()).isEqualTo(0.5f);
      assertThat(var.findAttribute("add_offset").getNumericValue()).isEqualTo(101325f);
      assertThat(var.findAttribute("_FillValue").getNumericValue()).isEqualTo((short) -32767);
      Array stored = var.read();
      short expected = v < 0.05 ? -32767 : (short) Math.round((value - 101325) / 0.5);
      assertThat(stored.getShort(0)).isEqualTo(expected);
      // December 1983 is step 35; cell (lat 2, lon 3) is missing for all of DJF 1984
      assertThat(stored.getShort(35 * 48 + 2 * 8 + 3)).isEqualTo((short) -32767);
      assertThat(nc.findVariable("time").read().getDouble(0)).isEqualTo(29600.5 * 24);
    }
  }
}
