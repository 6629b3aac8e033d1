package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileLayoutTest {

    @Test
    void aPerSeasonLayoutWithoutPlaceholdersNamesFilesLikeCdoSplitseas() {
        assertThat(FileLayout.PER_SEASON.pattern("tas.nc")).isEqualTo("tas_${season}.nc");
        assertThat(FileLayout.PER_SEASON_YEAR.pattern("tas.nc")).isEqualTo("tas_${season}-${year}.nc");
        assertThat(FileLayout.SINGLE.pattern("tas.nc")).isEqualTo("tas.nc");
        assertThat(FileLayout.PER_SEASON.pattern("${season}_tas.nc")).as("placeholders kept").isEqualTo("${season}_tas.nc");
    }

    @Test
    void placeholdersAreReplacedByTheChunksLabels() {
        assertThat(FileLayout.fileName("tas_${season}-${year}.nc", Map.of("season", "DJF", "year", "2001")))
                .isEqualTo("tas_DJF-2001.nc");
    }

    @Test
    void aPlaceholderWithoutSuchLabelIsAnErrorListingTheLabels() {
        assertThatThrownBy(() -> FileLayout.fileName("tas_${year}.nc", Map.of("season", "DJF")))
                .hasMessage("the file name 'tas_${year}.nc' uses ${year} but the results have no such label; their"
                        + " labels: [season]");
    }
}
