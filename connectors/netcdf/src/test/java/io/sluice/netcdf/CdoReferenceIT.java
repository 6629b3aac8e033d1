package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.core.data.Axis;
import io.sluice.core.plan.SourceDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything the reader does (calendars, fill and missing values, unpacking, NetCDF-3 and NetCDF-4) checked
 * against an independent tool: seasonal means of the values read must equal CDO's {@code seasmean} of the
 * same files (testdata/reference/cdo, with the commands that made them), cell by cell, with the same counts.
 */
class CdoReferenceIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tas_daily_small.nc,           tas_daily_small",
        "tas_daily_small_nc4.nc,       tas_daily_small",
        "multi_daily_small.nc,         multi_daily_small",
        "tas_daily_noleap.nc,          tas_daily_noleap",
        "tas_daily_360day.nc,          tas_daily_360day",
        "tas_daily_proleptic.nc,       tas_daily_proleptic",
        "monthly_packed.nc,            monthly_packed",
        "real/monthly_navy_winds.cdf,  monthly_navy_winds",
    })
    void seasonalMeansOfTheValuesReadEqualCdos(String file, String reference) throws IOException {
        List<String> lines = Files.readAllLines(TestSources.fixture("reference/cdo/" + reference + ".seasmean.csv"));
        String[] header = lines.get(0).split(",");
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture(file))) {
            SourceDescription d = s.describe();
            Map<String, Integer> lat = index(d.space().get(0));
            Map<String, Integer> lon = index(d.space().get(1));
            int cells = (int) d.cellsPerStep();
            Map<String, Map<String, SeasonalMeans.Season>> byVariable = new HashMap<>();
            for (int col = 5; col < header.length; col += 2) {
                double[] all = TestSources.read(s, header[col], 0, d.time().size(), 1 << 20);
                byVariable.put(header[col], SeasonalMeans.of(d.time(), all, cells));
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                int cell = lat.get(f[2]) * d.space().get(1).size() + lon.get(f[3]);
                for (int col = 5; col < header.length; col += 2) {
                    SeasonalMeans.Season season = byVariable.get(header[col]).get(f[0] + "-" + f[1]);
                    assertThat(season).as(line).isNotNull();
                    assertThat(season.steps).as("count " + line).isEqualTo(Integer.parseInt(f[4]));
                    assertThat(season.valid[cell]).as("valid " + header[col] + " " + line)
                            .isEqualTo(Integer.parseInt(f[col + 1]));
                    double expected = Double.parseDouble(f[col]);
                    if (Double.isNaN(expected)) {
                        assertThat(season.mean(cell)).as(line).isNaN();
                    } else {
                        assertThat(season.mean(cell)).as(header[col] + " " + line)
                                .isCloseTo(expected, within(Math.abs(expected) * 1e-12));
                    }
                }
            }
        }
    }

    private static Map<String, Integer> index(Axis axis) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < axis.size(); i++) {
            out.put(Double.toString(axis.value(i)), i);
        }
        return out;
    }
}
