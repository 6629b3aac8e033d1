package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seasonal-cdo example, each season averaged by {@code cdo timmean}, gives the file {@code cdo seasmean}
 * gives: {@code cdo diffn} finds no difference in values, and the time stamps and bounds are the same.
 */
class SeasonalCdoExampleIT {
    private static final Path INPUT = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();

    @TempDir
    Path out;

    @Test
    void eachSeasonAveragedByCdoIsWhatCdoSeasmeanGives() throws Exception {
        Path ours = out.resolve("tas_seasonal_cdo.nc");
        ExampleRuns.run("seasonal-cdo", null, ours);
        Path cdo = out.resolve("seasmean.nc");
        ExampleRuns.tool("cdo", "-s", "seasmean", INPUT.toString(), cdo.toString());
        assertThat(ExampleRuns.tool("cdo", "diffn", cdo.toString(), ours.toString())).isEmpty();
        assertThat(ExampleRuns.tool("cdo", "-s", "showtimestamp", ours.toString()))
                .isEqualTo(ExampleRuns.tool("cdo", "-s", "showtimestamp", cdo.toString()));
        assertThat(ExampleRuns.tool("ncdump", "-v", "time_bnds", ours.toString()))
                .contains("time_bnds =\n  47847, 47906,\n").contains("  49277, 49308 ;");
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("tas_seasonal_cdo.nc", "seasmean.nc");
    }
}
