package io.sluice.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

  @Test
  void dailyStepsAreStampedAtNoonInTheRequestedUnits() {
    TimeAxis axis = TimeAxis.of(CfCalendar.STANDARD, Frequency.DAILY, 1981, 4);
    TimeUnits units = TimeUnits.parse("days since 1850-01-01");
    assertThat(axis.size()).isEqualTo(1461);
    // 131 years of 365 days plus 32 leap days (1852..1980 without 1900), then half a day
    assertThat(units.value(CfCalendar.STANDARD, axis.stampDays(0))).isEqualTo(47847.5);
    assertThat(axis.dayOfYear(0)).isEqualTo(1.0);
    assertThat(axis.dateKey(1460)).isEqualTo(19841231);
  }

  @Test
  void monthlyStepsAreStampedAtMidMonthInHours() {
    TimeAxis axis = TimeAxis.of(CfCalendar.STANDARD, Frequency.MONTHLY, 1981, 5);
    TimeUnits units = TimeUnits.parse("hours since 1900-01-01 00:00:00");
    assertThat(axis.size()).isEqualTo(60);
    // 29585 days from 1900-01-01 to 1981-01-01, plus 15.5 days to the middle of January
    assertThat(units.value(CfCalendar.STANDARD, axis.stampDays(0))).isEqualTo(29600.5 * 24);
    assertThat(axis.dayOfYear(0)).isEqualTo(16.0);
    assertThat(axis.upperDays(1) - axis.lowerDays(1)).isEqualTo(28.0);
  }

  @Test
  void calendarsGiveTheirNumberOfDailySteps() {
    assertThat(TimeAxis.of(CfCalendar.NOLEAP, Frequency.DAILY, 1981, 3).size()).isEqualTo(1095);
    assertThat(TimeAxis.of(CfCalendar.DAY_360, Frequency.DAILY, 1981, 3).size()).isEqualTo(1080);
    assertThat(TimeAxis.of(CfCalendar.ALL_LEAP, Frequency.DAILY, 1981, 1).size()).isEqualTo(366);
  }

  @Test
  void unitsWithAnUnknownUnitAreRefusedWithTheAcceptedForms() {
    assertThatThrownBy(() -> TimeUnits.parse("fortnights since 1850-01-01")).hasMessageContaining("days, hours");
    assertThatThrownBy(() -> TimeUnits.parse("days after 1850")).hasMessageContaining("since YYYY-MM-DD");
  }

  @Test
  void monthEndStepsAreStampedAtTheStartOfTheMonthsLastDay() {
    TimeAxis axis = TimeAxis.of(CfCalendar.NOLEAP, Frequency.MONTHLY_END, 1981, 1);
    TimeUnits units = TimeUnits.parse("days since 1981-01-01");
    assertThat(axis.size()).isEqualTo(12);
    assertThat(units.value(CfCalendar.NOLEAP, axis.stampDays(0))).isEqualTo(30.0);
    assertThat(units.value(CfCalendar.NOLEAP, axis.stampDays(1))).isEqualTo(58.0);
    assertThat(axis.dayOfYear(0)).as("values follow the middle of the month").isEqualTo(16.0);
  }

  @Test
  void aZoneSuffixShiftsTheReferenceToUtc() {
    double noon = CfCalendar.STANDARD.dayNumber(1981, 1, 1) + 0.5;
    double plain = TimeUnits.parse("hours since 1981-01-01 00:00:00").value(CfCalendar.STANDARD, noon);
    assertThat(TimeUnits.parse("hours since 1981-01-01 00:00:00 UTC").value(CfCalendar.STANDARD, noon))
        .isEqualTo(plain).isEqualTo(12.0);
    assertThat(TimeUnits.parse("hours since 1981-01-01T00:00:00Z").value(CfCalendar.STANDARD, noon)).isEqualTo(12.0);
    assertThat(TimeUnits.parse("hours since 1981-01-01 00:00 +00:00").value(CfCalendar.STANDARD, noon))
        .isEqualTo(12.0);
    // 00:00 at +05:30 is 18:30 UTC the day before
    assertThat(TimeUnits.parse("hours since 1981-01-01 00:00:00 +05:30").value(CfCalendar.STANDARD, noon))
        .isEqualTo(17.5);
  }

  @Test
  void theCalendarAttributeCanBeAnAliasOrAbsent() {
    GridFixture alias = GridFixture.builder("a").calendar(CfCalendar.NOLEAP).calendarAttribute("365_day")
        .variable(FixtureVariable.tas()).build();
    GridFixture none = GridFixture.builder("n").withoutCalendarAttribute().variable(FixtureVariable.tas()).build();
    assertThat(alias.calendarAttribute()).isEqualTo("365_day");
    assertThat(none.calendarAttribute()).isNull();
    assertThatThrownBy(() -> GridFixture.builder("x").calendar(CfCalendar.NOLEAP).calendarAttribute("360_day")
        .variable(FixtureVariable.tas()).build()).hasMessageContaining("does not name the noleap calendar");
    assertThatThrownBy(() -> GridFixture.builder("y").calendar(CfCalendar.JULIAN).withoutCalendarAttribute()
        .variable(FixtureVariable.tas()).build()).hasMessageContaining("only the standard calendar");
  }
}
