package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;

/** The recorded CDO references agree with a plain double-precision mean of the committed fixture. */
class CdoReferenceTest {

  private static final Path SEASMEAN = Path.of("reference/cdo/tas_daily_small.seasmean.csv");

  @Test
  void seasmeanReferenceHasSeventeenSeasonsWithPartialFirstAndLastDjf() throws Exception {
    List<String> lines = Files.readAllLines(SEASMEAN);
    assertThat(lines.get(0)).isEqualTo("season,year,lat,lon,count,tas,tas_valid");
    assertThat(lines).hasSize(1 + 17 * 48);
    assertThat(lines.get(1)).startsWith("DJF,1981,-75.0,0.0,59,");
    assertThat(lines.get(lines.size() - 1)).startsWith("DJF,1985,75.0,315.0,31,");
  }

  @Test
  void cdoMeansEqualDoubleSumsOfTheFloatValues() throws Exception {
    List<String> lines = Files.readAllLines(SEASMEAN);
    try (NetcdfFile nc = NetcdfFile.open("tas_daily_small.nc")) {
      Array tas = nc.findVariable("tas").read();
      // DJF 1981 = steps 0..58 (Jan-Feb 1981); cell (lat 0, lon 0) is the first row
      assertThat(mean(tas, 0, 59, 0)).isEqualTo(column(lines.get(1), 5));
      // the lone December 1984 = steps 1430..1460 = DJF 1985; cell (lat 5, lon 7) is the last row
      assertThat(mean(tas, 1430, 1461, 5 * 8 + 7)).isEqualTo(column(lines.get(lines.size() - 1), 5));
    }
  }

  private static double mean(Array tas, int from, int to, int cell) {
    double sum = 0;
    for (int t = from; t < to; t++) {
      sum += tas.getFloat(t * 48 + cell);
    }
    return sum / (to - from);
  }

  private static double column(String line, int index) {
    return Double.parseDouble(line.split(",")[index]);
  }
}
