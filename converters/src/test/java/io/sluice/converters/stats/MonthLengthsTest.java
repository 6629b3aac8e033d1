package io.sluice.converters.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonthLengthsTest {

    @Test
    void februaryFollowsEachCalendarsLeapRule() {
        assertThat(MonthLengths.of("standard").days(1900, 2)).isEqualTo(28);
        assertThat(MonthLengths.of("gregorian").days(2000, 2)).isEqualTo(29);
        assertThat(MonthLengths.of("standard").days(1500, 2)).isEqualTo(29);
        assertThat(MonthLengths.of("proleptic_gregorian").days(1500, 2)).isEqualTo(28);
        assertThat(MonthLengths.of("julian").days(1900, 2)).isEqualTo(29);
        assertThat(MonthLengths.of("noleap").days(2000, 2)).isEqualTo(28);
        assertThat(MonthLengths.of("365_day").days(2000, 2)).isEqualTo(28);
        assertThat(MonthLengths.of("all_leap").days(2001, 2)).isEqualTo(29);
        assertThat(MonthLengths.of("366_day").days(2001, 2)).isEqualTo(29);
        assertThat(MonthLengths.of("360_day").days(2000, 2)).isEqualTo(30);
    }

    @Test
    void otherMonthsHaveTheirUsualLengthExceptIn360DayAndTheGregorianSwitch() {
        assertThat(MonthLengths.of("noleap").days(1981, 1)).isEqualTo(31);
        assertThat(MonthLengths.of("noleap").days(1981, 4)).isEqualTo(30);
        assertThat(MonthLengths.of("360_day").days(1981, 1)).isEqualTo(30);
        assertThat(MonthLengths.of("standard").days(1582, 10)).isEqualTo(21);
        assertThat(MonthLengths.of("proleptic_gregorian").days(1582, 10)).isEqualTo(31);
        assertThat(MonthLengths.of("NoLeap").days(1981, 12)).isEqualTo(31);
    }

    @Test
    void anUnknownCalendarIsNamed() {
        assertThatThrownBy(() -> MonthLengths.of("lunar"))
                .hasMessageStartingWith("calendar 'lunar' has no known month lengths");
    }
}
