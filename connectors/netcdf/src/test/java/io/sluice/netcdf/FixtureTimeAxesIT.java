package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.TimeAxis;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time axes of the committed fixtures and of a real file decode to dates counted by hand: daily stamps at
 * noon, 1461 days in 1981..1984 (one leap day), 3 x 365 in noleap, 3 x 360 in 360_day.
 */
class FixtureTimeAxesIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tas_daily_small.nc,     standard,            1461, 59, 1981-03-01T12:00:00, 1984-12-31T12:00:00",
        "tas_daily_noleap.nc,    noleap,              1095, 59, 1981-03-01T12:00:00, 1983-12-31T12:00:00",
        "tas_daily_360day.nc,    360_day,             1080, 59, 1981-02-30T12:00:00, 1983-12-30T12:00:00",
        "tas_daily_proleptic.nc, proleptic_gregorian, 1095, 59, 1981-03-01T12:00:00, 1983-12-31T12:00:00",
        "tas_daily_small_nc4.nc, standard,            1461, 1154, 1984-02-29T12:00:00, 1984-12-31T12:00:00",
    })
    void dailyFixturesDecodeToHandCountedDates(String file, String calendar, int steps, int probe, String probeDate,
                                               String last) throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture(file))) {
            TimeAxis t = s.describe().time();
            assertThat(t.calendar()).isEqualTo(calendar);
            assertThat(t.size()).isEqualTo(steps);
            assertThat(t.label(0)).isEqualTo("1981-01-01T12:00:00");
            assertThat(t.label(probe)).isEqualTo(probeDate);
            assertThat(t.label(steps - 1)).isEqualTo(last);
        }
    }

    @Test
    void monthlyStampsInHoursSince1900AreMidMonth() throws IOException {
        // 710412 h = 29600.5 days; 1900-01-01 + 29585 days (81 years, 20 leap days) = 1981-01-01; + 15.5 days
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("monthly_packed.nc"))) {
            TimeAxis t = s.describe().time();
            assertThat(t.size()).isEqualTo(60);
            assertThat(t.label(0)).isEqualTo("1981-01-16T12:00:00");
            for (int i = 0; i < 60; i++) {
                assertThat(t.year(i) * 100 + t.month(i)).isEqualTo((1981 + i / 12) * 100 + i % 12 + 1);
            }
        }
    }

    @Test
    void theNavyWindsDecodeToMonthly1982To1992WithoutACalendarAttribute() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("real/monthly_navy_winds.cdf"))) {
            TimeAxis t = s.describe().time();
            assertThat(t.name()).isEqualTo("TIME");
            assertThat(t.units()).isEqualTo("hour since 1980-01-14 14:00:00");
            assertThat(t.calendar()).isEqualTo("standard");
            assertThat(t.size()).isEqualTo(132);
            for (int i = 0; i < 132; i++) {
                assertThat(t.year(i) * 100 + t.month(i)).as("step " + i)
                        .isEqualTo((1982 + i / 12) * 100 + i % 12 + 1);
            }
            assertThat(t.label(0)).isEqualTo("1982-01-16T20:00:00");
            assertThat(t.label(131)).isEqualTo("1992-12-17T03:30:00");
        }
    }

    @Test
    void monthEndStampsOfARealCdoFileDecodeToMonthEnds() throws IOException {
        try (NetcdfFileSource s = TestSources.create(TestSources.fixture("real/bcsd_obs_1999.nc"))) {
            TimeAxis t = s.describe().time();
            assertThat(t.label(0)).isEqualTo("1999-01-31");
            assertThat(t.label(1)).isEqualTo("1999-02-28");
            assertThat(t.label(11)).isEqualTo("1999-12-31");
        }
    }
}
