package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.TimeAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates computed by hand (day counts from month lengths), not by the code under test. */
class TimeDecoderTest {

    private static String label(String units, String calendar, double value) {
        return TimeDecoder.decode("time", units, calendar, new double[] {value}).label(0);
    }

    @ParameterizedTest(name = "day {1} since 1850-01-01 is {2} in the {0} calendar")
    @CsvSource({
        "standard, 59, 1850-03-01",
        "gregorian, 59, 1850-03-01",
        "proleptic_gregorian, 59, 1850-03-01",
        "noleap, 59, 1850-03-01",
        "365_day, 59, 1850-03-01",
        "360_day, 59, 1850-02-30",
        "all_leap, 59, 1850-02-29",
        "366_day, 59, 1850-02-29",
        "julian, 59, 1850-03-01",
        "standard, 54809, 2000-01-24",
        "noleap, 54809, 2000-03-01",
        "360_day, 54809, 2002-03-30",
        "julian, 54809, 2000-01-23",
        "all_leap, 54809, 1999-10-02",  // 149 * 366 = 54534; 275 days on: Jan..Sep hold 274 days
    })
    void daysSince1850DecodeToHandComputedDatesInEveryCalendar(String calendar, double day, String date) {
        assertThat(label("days since 1850-01-01", calendar, day)).isEqualTo(date);
    }

    @Test
    void aMissingCalendarAttributeMeansStandard() {
        TimeAxis t = TimeDecoder.decode("time", "days since 1850-1-1", null, new double[] {0, 59});
        assertThat(t.calendar()).isEqualTo("standard");
        assertThat(t.label(1)).isEqualTo("1850-03-01");
    }

    @Test
    void hourUnitsWithAReferenceTimeGiveDateAndTimeOfDay() {
        // 17598 h = 733 days + 6 h after 1980-01-14 14:00; 1980 is a leap year: 1982-01-16 20:00
        // 113293.5 h = 4720 days + 13.5 h: 1980-01-14 + 4721 days = 1992-12-17, at 03:30
        TimeAxis t = TimeDecoder.decode("TIME", "hour since 1980-01-14 14:00:00", null,
                new double[] {17598, 113293.5});
        assertThat(t.label(0)).isEqualTo("1982-01-16T20:00:00");
        assertThat(t.label(1)).isEqualTo("1992-12-17T03:30:00");
        assertThat(t.secondOfDay(1)).isEqualTo(3 * 3600 + 30 * 60);
    }

    @ParameterizedTest(name = "{0} + {1} is {2}")
    @CsvSource({
        "'days since 1850-1-1', 1.5, 1850-01-02T12:00:00",
        "'minutes since 2000-01-01 00:00', 90, 2000-01-01T01:30:00",
        "'seconds since 1970-01-01T00:00:00Z', 86399, 1970-01-01T23:59:59",
        "'hours since 2000-01-01 00:00:00 +6:00', 0, 1999-12-31T18:00:00",
        "'hours since 2000-01-01 00:00:00 -0130', 0, 2000-01-01T01:30:00",
        "'days since 1850-01-01 00:00:00.0 UTC', 1, 1850-01-02",
        "'Days Since 1850-01-01', -1, 1849-12-31",
        "'weeks since 2000-01-01', 1, 2000-01-08",
        "'d since 2000-02-28', 1, 2000-02-29",
    })
    void unitFormsAreParsed(String units, double value, String expected) {
        assertThat(label(units, null, value)).isEqualTo(expected);
    }

    @Test
    void monthsAreExactOnlyIn360DayCalendars() {
        assertThat(label("months since 2000-01-01", "360_day", 13)).isEqualTo("2001-02-01");
        assertThatThrownBy(() -> label("months since 2000-01-01", "standard", 1))
                .hasMessageContaining("time variable 'time' has units 'months since 2000-01-01' that cannot be"
                        + " decoded");
    }

    @Test
    void theStandardCalendarSwitchesFromJulianToGregorianIn1582() {
        assertThat(label("days since 1582-10-04", "standard", 1)).isEqualTo("1582-10-15");
        assertThat(label("days since 1582-10-04", "proleptic_gregorian", 1)).isEqualTo("1582-10-05");
        // 0001-01-01 (Julian) is 0000-12-30 proleptic Gregorian: 723180 days later is 1980-12-30, not 1981-01-01
        assertThat(label("days since 0001-01-01", "standard", 723180)).isEqualTo("1980-12-30");
        assertThat(label("days since 0001-01-01", "proleptic_gregorian", 723180)).isEqualTo("1981-01-01");
    }

    @Test
    void yearZeroExistsAndIsALeapYearInTheJulianPartOfTheStandardCalendar() {
        // COADS climatology: 366 hours after 0000-01-01 is 0000-01-16 06:00; Feb 29 of year 0 exists
        assertThat(label("hour since 0000-01-01 00:00:00", null, 366)).isEqualTo("0000-01-16T06:00:00");
        assertThat(label("days since 0000-01-01", null, 59)).isEqualTo("0000-02-29");
    }

    @Test
    void undecodableUnitsNameTheVariableAndItsUnits() {
        assertThatThrownBy(() -> TimeDecoder.decode("t", "days after 1850-01-01", null, new double[] {0}))
                .hasMessage("time variable 't' has units 'days after 1850-01-01' that cannot be decoded: "
                        + CfTimeUnits.EXPECTED);
        assertThatThrownBy(() -> TimeDecoder.decode("t", "fortnights since 1850-01-01", null, new double[] {0}))
                .hasMessageContaining("'fortnights' is not a time unit");
        assertThatThrownBy(() -> TimeDecoder.decode("t", "days since 1850-02-29", "noleap", new double[] {0}))
                .hasMessageContaining("the reference date 1850-02-29 does not exist in the noleap calendar");
        assertThatThrownBy(() -> TimeDecoder.decode("t", null, null, new double[] {0}))
                .hasMessageContaining("time variable 't' has no units attribute");
    }

    @Test
    void anUnknownCalendarIsNamed() {
        assertThatThrownBy(() -> TimeDecoder.decode("t", "days since 1850-01-01", "lunar", new double[] {0}))
                .hasMessageStartingWith("time variable 't' has calendar 'lunar', which is not a CF calendar");
    }

    @Test
    void aTimeAxisThatIsNotStrictlyIncreasingNamesTheFirstOffendingIndex() {
        assertThatThrownBy(() -> TimeDecoder.decode("time", "days since 1850-01-01", null,
                new double[] {0, 1, 2, 2, 1}))
                .hasMessage("time variable 'time' (units 'days since 1850-01-01') is not strictly increasing:"
                        + " index 3 has 2.0 after 2.0");
    }

    @Test
    void aMissingTimeValueIsAnError() {
        assertThatThrownBy(() -> TimeDecoder.decode("time", "days since 1850-01-01", null,
                new double[] {0, Double.NaN}))
                .hasMessageContaining("has a missing value at index 1");
    }

    @Test
    void anEmptyAxisIsNamedEmpty() {
        assertThat(TimeDecoder.empty().size()).isZero();
        assertThat(TimeDecoder.empty().name()).isEmpty();
    }
}
