package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code netcdf-to-csv/pipeline.yaml} through the {@code sluice} command (on a copy whose output goes to a
 * temporary folder) and checks the rows against xarray 2023.01, computed with /usr/bin/python3:
 * <pre>
 * ds = xr.open_dataset('testdata/multi_daily_small.nc')
 * df = ds[['tas', 'pr']].sel(time=slice('1982-06-01', '1982-08-31T23:59')).to_dataframe().reset_index()
 * df['tas_celsius'] = np.round((df.tas.astype('float64') - 273.15) * 100) / 100
 * df['pr_mm_day'] = df.pr.astype('float64') * 86400
 * len(df) -> 4416; df.pr_mm_day.isna().sum() -> 229; df.pr_mm_day.sum() -> 7245.9490595264015;
 * df.tas_celsius.mean() -> 6.850437047101449; rows 0, 1, 47 and 4415 as asserted below
 * </pre>
 */
class NetcdfToCsvExampleIT {
    private static final Path FOLDER = Path.of("netcdf-to-csv").toAbsolutePath();
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void thePipelineWritesTheSummerRowsXarrayComputes() throws Exception {
        String yaml = Files.readString(FOLDER.resolve("pipeline.yaml"));
        Path copy = Files.writeString(dir.resolve("pipeline.yaml"),
                yaml.replace("../../testdata/", TESTDATA + "/"));
        assertThat(Main.execute("validate", FOLDER.resolve("pipeline.yaml").toString())).isZero();
        assertThat(Main.execute("run", copy.toString(), "--parallelism", "2")).isZero();

        List<String> lines = Files.readAllLines(dir.resolve("out/tas_pr_jja_1982.csv"));
        assertThat(lines).hasSize(1 + 4416);
        assertThat(lines.get(0)).isEqualTo("season,year,time,lat,lon,tas_celsius,pr_mm_day");
        assertThat(lines.get(1)).isEqualTo("JJA,1982,1982-06-01T12:00:00Z,-75.0,0.0,17.56,");
        assertThat(lines.get(2)).isEqualTo("JJA,1982,1982-06-01T12:00:00Z,-75.0,45.0,17.61,0.0942241069424199");
        assertThat(lines.get(48)).isEqualTo("JJA,1982,1982-06-01T12:00:00Z,75.0,315.0,-3.85,0.0256819638707384");
        assertThat(lines.get(4416)).isEqualTo("JJA,1982,1982-08-31T12:00:00Z,75.0,315.0,-3.47,0.07139363951864652");

        double prSum = 0;
        double tasSum = 0;
        int missing = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f[0] + "," + f[1]).isEqualTo("JJA,1982");
            tasSum += Double.parseDouble(f[5]);
            if (f[6].isEmpty()) {
                missing++;
            } else {
                prSum += Double.parseDouble(f[6]);
            }
        }
        assertThat(missing).isEqualTo(229);
        assertThat(prSum).isCloseTo(7245.9490595264015, within(1e-9));
        assertThat(tasSum / 4416).isCloseTo(6.850437047101449, within(1e-12));
    }
}
