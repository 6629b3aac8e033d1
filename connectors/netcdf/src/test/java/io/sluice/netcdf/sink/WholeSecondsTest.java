package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeSecondsTest {

    @Test
    void rawHoursAreRoundedToTheWholeSecondAsCdoWritesThem() {
        // testdata/real/coads_climatology.cdf TIME[1] is 1096.4850000000001 (netCDF4: repr(d['TIME'][1]));
        // `cdo splitseas` writes it as 1096.485
        assertThat(WholeSeconds.of("hour since 0000-01-01 00:00:00").round(1096.4850000000001)).isEqualTo(1096.485);
    }

    @Test
    void theMiddleOfTwoTimesIsTakenInWholeSeconds() {
        // `cdo seasmean testdata/real/coads_climatology.cdf`: DJF 0 has bounds 366, 1096.485 and time 731.2425
        WholeSeconds hours = WholeSeconds.of("hour since 0000-01-01 00:00:00");
        assertThat(hours.middle(366, 1096.4850000000001)).isEqualTo(731.2425);
        assertThat(WholeSeconds.of("days since 1850-01-01").middle(47847, 47906)).isEqualTo(47876.5);
    }

    @Test
    void unitsWithoutAFixedLengthAreLeftAlone() {
        assertThat(WholeSeconds.of("months since 2000-01-01").round(1.0000000001)).isEqualTo(1.0000000001);
        assertThat(WholeSeconds.of("months since 2000-01-01").middle(1, 2)).isEqualTo(1.5);
    }
}
