package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CfCalendarTest {

    @Test
    void gregorianDayNumbersCountFrom1970() {
        assertThat(CfCalendar.PROLEPTIC_GREGORIAN.dayNumber(1970, 1, 1)).isZero();
        assertThat(CfCalendar.PROLEPTIC_GREGORIAN.dayNumber(2000, 3, 1)).isEqualTo(11017);
        assertThat(CfCalendar.STANDARD.dayNumber(1582, 10, 15) - CfCalendar.STANDARD.dayNumber(1582, 10, 4))
                .isEqualTo(1);
    }

    @Test
    void calendarNamesFollowCf() {
        assertThat(CfCalendar.forName("Gregorian")).isEqualTo(CfCalendar.STANDARD);
        assertThat(CfCalendar.forName("365_day")).isEqualTo(CfCalendar.NOLEAP);
        assertThat(CfCalendar.forName("366_day")).isEqualTo(CfCalendar.ALL_LEAP);
        assertThat(CfCalendar.forName(" 360_day ")).isEqualTo(CfCalendar.DAY_360);
        assertThat(CfCalendar.forName("none")).isNull();
    }

    @Test
    void onlyDatesOfTheCalendarAreValid() {
        assertThat(CfCalendar.NOLEAP.isValid(2000, 2, 29)).isFalse();
        assertThat(CfCalendar.DAY_360.isValid(2001, 2, 30)).isTrue();
        assertThat(CfCalendar.DAY_360.isValid(2001, 1, 31)).isFalse();
        assertThat(CfCalendar.JULIAN.isValid(1900, 2, 29)).isTrue();
        assertThat(CfCalendar.STANDARD.isValid(1900, 2, 29)).isFalse();
        assertThat(CfCalendar.STANDARD.isValid(1500, 2, 29)).isTrue();
        assertThat(CfCalendar.STANDARD.isValid(1582, 10, 10)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CfCalendar.class)
    void everyValidDateRoundTripsThroughItsDayNumberAndDaysAreConsecutive(CfCalendar calendar) {
        int[] date = new int[3];
        long previous = Long.MIN_VALUE;
        for (int y = -5; y <= 2405; y += (y < 1570 || y > 1590) ? 97 : 1) {
            for (int m = 1; m <= 12; m++) {
                for (int d = 1; d <= 31; d++) {
                    if (!calendar.isValid(y, m, d)) {
                        continue;
                    }
                    long n = calendar.dayNumber(y, m, d);
                    calendar.date(n, date);
                    assertThat(date).containsExactly(y, m, d);
                    if (previous != Long.MIN_VALUE && d > 1) {
                        assertThat(n).isEqualTo(previous + 1);
                    }
                    previous = n;
                }
            }
        }
    }
}
