package io.sluice.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The time column of a flattened grid is a TIMESTAMP where the calendar's dates are days of the proleptic
 * Gregorian time line, and ISO text in the file's calendar elsewhere; its printed text does not change.
 */
class GridTimeColumnTest {

    private static Column timeColumn(String calendar, int[] years, int[] months, int[] days, int[] seconds) {
        TimeAxis axis = TimeAxis.of("time", "days since 1850-01-01", calendar, new double[years.length], years,
                months, days, seconds);
        return GridTable.builder(List.of()).time(axis).build().columns().get(0);
    }

    private static Column twoSteps(String calendar, int year) {
        return timeColumn(calendar, new int[] {year, year}, new int[] {2, 2}, new int[] {28, 28},
                new int[] {0, 43_200});
    }

    private static long micros(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    @Test
    void standardGregorianAndProlepticTimesAreTimestampsOnTheUtcTimeLine() {
        for (String calendar : List.of("standard", "gregorian", "proleptic_gregorian", "")) {
            Column c = twoSteps(calendar, 2001);
            assertThat(c.type()).as(calendar).isEqualTo(ColumnType.TIMESTAMP);
            assertThat(c.longValue(0)).isEqualTo(micros("2001-02-28T00:00:00Z"));
            assertThat(c.longValue(1)).isEqualTo(micros("2001-02-28T12:00:00Z"));
            assertThat(c.stringValue(1)).isEqualTo("2001-02-28T12:00:00");
        }
    }

    @Test
    void theTextKeepsDateOnlyLabelsWhenEveryStepIsAtMidnight() {
        Column c = timeColumn("standard", new int[] {1981, 1981}, new int[] {1, 1}, new int[] {1, 2}, new int[2]);
        assertThat(c.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(c.stringValue(1)).isEqualTo("1981-01-02");
        assertThat(c.longValue(1)).isEqualTo(micros("1981-01-02T00:00:00Z"));
    }

    @Test
    void otherCalendarsAreIsoTextInTheirOwnCalendar() {
        for (String calendar : List.of("360_day", "noleap", "365_day", "all_leap", "366_day", "julian")) {
            assertThat(twoSteps(calendar, 2001).type()).as(calendar).isEqualTo(ColumnType.STRING);
        }
        Column thirtieth = timeColumn("360_day", new int[] {2001}, new int[] {2}, new int[] {30}, new int[1]);
        assertThat(thirtieth.stringValue(0)).isEqualTo("2001-02-30");
    }

    @Test
    void aStandardCalendarWithJulianDatesBefore1582IsText() {
        assertThat(twoSteps("standard", 1500).type()).isEqualTo(ColumnType.STRING);
        assertThat(twoSteps("proleptic_gregorian", 1500).type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(twoSteps("proleptic_gregorian", 1500).longValue(0)).isEqualTo(micros("1500-02-28T00:00:00Z"));
    }

    @Test
    void aSliceOfAnAxisKeepsTheTypeOfTheWholeAxis() {
        TimeAxis axis = TimeAxis.of("time", "days since 1500-01-01", "standard", new double[2],
                new int[] {1500, 1600}, new int[] {1, 1}, new int[] {1, 1}, new int[2]);
        Column later = GridTable.builder(List.of()).time(axis.slice(1, 2)).build().columns().get(0);
        assertThat(later.type()).isEqualTo(ColumnType.STRING);
    }

    @Test
    void prolepticGregorianArithmeticAgreesWithJavaTime() {
        for (String iso : List.of("1970-01-01", "1600-02-29", "2000-02-29", "1899-12-31", "-0001-03-01",
                "2400-12-31")) {
            java.time.LocalDate d = java.time.LocalDate.parse(iso);
            long day = ProlepticGregorian.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertThat(day).as(iso).isEqualTo(d.toEpochDay());
            assertThat(ProlepticGregorian.yearOf(day)).isEqualTo(d.getYear());
            assertThat(ProlepticGregorian.monthOf(day)).isEqualTo(d.getMonthValue());
        }
        assertThat(ProlepticGregorian.parseMicros("2001-02-29")).isEqualTo(ProlepticGregorian.INVALID);
        assertThat(ProlepticGregorian.parseMicros("2001-02-28T12:30:15.25Z"))
                .isEqualTo(micros("2001-02-28T12:30:15.250Z"));
        assertThat(ProlepticGregorian.formatMicros(micros("2001-02-28T12:30:15.250Z")))
                .isEqualTo("2001-02-28T12:30:15.250");
        assertThat(Column.ofLongs("d", ColumnType.DATE, new long[] {11_381}, null, Map.of()).stringValue(0))
                .isEqualTo("2001-02-28");
    }
}
