package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class CfCalendarTest {

  @Test
  void prolepticGregorianDayNumbersAgreeWithJavaTime() {
    CfCalendar cal = CfCalendar.PROLEPTIC_GREGORIAN;
    long origin = cal.dayNumber(1, 1, 1);
    for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() < 2101; d = d.plusDays(997)) {
      long expected = ChronoUnit.DAYS.between(LocalDate.of(1, 1, 1), d);
      assertThat(cal.dayNumber(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) - origin).isEqualTo(expected);
    }
  }

  @Test
  void standardCalendarJumpsFromJulianFourthToGregorianFifteenthOfOctober1582() {
    CfCalendar cal = CfCalendar.STANDARD;
    assertThat(cal.dayNumber(1582, 10, 15) - cal.dayNumber(1582, 10, 4)).isEqualTo(1);
    assertThatThrownBy(() -> cal.dayNumber(1582, 10, 10)).hasMessageContaining("gap");
    assertThat(cal.daysInYear(1582)).isEqualTo(355);
  }

  @Test
  void standardAndProlepticDifferByTwoDaysFromYearOneTo1981() {
    long standard = CfCalendar.STANDARD.dayNumber(1981, 1, 1) - CfCalendar.STANDARD.dayNumber(1, 1, 1);
    long proleptic = CfCalendar.PROLEPTIC_GREGORIAN.dayNumber(1981, 1, 1)
        - CfCalendar.PROLEPTIC_GREGORIAN.dayNumber(1, 1, 1);
    assertThat(standard - proleptic).isEqualTo(2);
  }

  @Test
  void fixedLengthCalendarsHaveTheirYearLengths() {
    assertThat(CfCalendar.NOLEAP.daysInYear(2000)).isEqualTo(365);
    assertThat(CfCalendar.ALL_LEAP.daysInYear(1999)).isEqualTo(366);
    assertThat(CfCalendar.DAY_360.dayNumber(1981, 3, 1) - CfCalendar.DAY_360.dayNumber(1981, 1, 1)).isEqualTo(60);
    assertThat(CfCalendar.JULIAN.isLeapYear(1900)).isTrue();
    assertThat(CfCalendar.STANDARD.isLeapYear(1900)).isFalse();
  }

  @Test
  void cfAliasesAreAcceptedAndUnknownNamesListTheChoices() {
    assertThat(CfCalendar.fromCfName("Gregorian")).isEqualTo(CfCalendar.STANDARD);
    assertThat(CfCalendar.fromCfName("365_day")).isEqualTo(CfCalendar.NOLEAP);
    assertThatThrownBy(() -> CfCalendar.fromCfName("lunar")).hasMessageContaining("360_day");
  }
}
