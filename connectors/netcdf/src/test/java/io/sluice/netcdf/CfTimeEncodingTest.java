package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class CfTimeEncodingTest {

    @Test
    void anInstantBecomesDaysSinceTheReference() {
        // (date(1981, 1, 1) - date(1850, 1, 1)).days == 47847 (Python), plus half a day for 12:00
        CfTimeEncoding days = CfTimeEncoding.of("days since 1850-01-01", "standard");
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("1981-01-01T12:00:00Z"));
        assertThat(days.encodeMicros(micros)).isEqualTo(47847.5);
    }

    @Test
    void textDatesOf360DayCalendarsIncludeTheThirtiethOfFebruary() {
        // 360_day: 2000-02-30 is 30 + 29 = 59 days after 2000-01-01; a year later is 360 days more
        CfTimeEncoding days = CfTimeEncoding.of("days since 2000-01-01", "360_day");
        assertThat(days.encodeText("2000-02-30")).isEqualTo(59.0);
        assertThat(days.encodeText("2001-02-30T12:00:00")).isEqualTo(419.5);
    }

    @Test
    void noleapYearsHave365DaysAndHoursCountFromTheReferenceTime() {
        CfTimeEncoding hours = CfTimeEncoding.of("hours since 2001-03-01 06:00:00", "noleap");
        assertThat(hours.encodeText("2004-03-01")).isEqualTo(3 * 365 * 24 - 6);
    }

    @Test
    void aDateTheCalendarLacksIsNamed() {
        assertThatThrownBy(() -> CfTimeEncoding.of("days since 2000-01-01", "noleap").encodeText("2000-02-29"))
                .hasMessage("'2000-02-29' is not a date of the noleap calendar");
        assertThatThrownBy(() -> CfTimeEncoding.of("months since 2000-01-01", "standard"))
                .hasMessageContaining("'months' have no fixed length");
    }
}
