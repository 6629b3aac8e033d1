package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dates and timestamps printed and parsed without objects agree with the JDK's java.time, the reference. */
class IsoTextTest {

    @Test
    void datesPrintAsLocalDateDoes() {
        SplittableRandom random = new SplittableRandom(11);
        long[] fixed = {0, -1, 59, 60, -719_528, IsoTime.epochDay(9999, 12, 31), IsoTime.epochDay(9999, 12, 31) + 1,
                -719_529, 11_016};
        for (long day : fixed) {
            assertThat(date(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
        for (int i = 0; i < 200_000; i++) {
            long day = random.nextLong(-800_000, 3_000_000);
            assertThat(date(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
    }

    @Test
    void timestampsPrintAsInstantDoesInUtc() {
        SplittableRandom random = new SplittableRandom(12);
        long[] fixed = {0, 1, -1, 1000, 1_000_000, -1_000_000, 250_000, 123_456, 86_400_000_000L - 1};
        for (long micros : fixed) {
            assertThat(timestamp(micros)).isEqualTo(Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString());
        }
        for (int i = 0; i < 200_000; i++) {
            long micros = random.nextLong(-70_000_000_000_000_000L, 260_000_000_000_000_000L);
            if (i % 3 == 0) {
                micros -= Math.floorMod(micros, 1000);
            }
            assertThat(timestamp(micros)).isEqualTo(Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString());
        }
    }

    @Test
    void parsedDatesAndTimestampsAgreeWithJavaTime() {
        IsoTime utc = new IsoTime(ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 50_000; i++) {
            long micros = random.nextLong(-60_000_000_000_000_000L, 250_000_000_000_000_000L);
            Instant instant = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-17, 18) * 3600 + random.nextInt(0, 2) * 1800);
            String text = OffsetDateTime.ofInstant(instant, offset).toString();
            assertThat(utc.parseTimestamp(text)).as(text).isEqualTo(micros);
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(micros, 86_400_000_000L));
            assertThat(IsoTime.parseDate(day.toString())).isEqualTo(day.toEpochDay());
        }
        assertThat(IsoTime.parseDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29).toEpochDay());
        assertThat(IsoTime.parseDate("1900-02-29")).isEqualTo(IsoTime.INVALID);
        assertThat(utc.parseTimestamp("2001-02-28 24:00")).isEqualTo(IsoTime.INVALID);
        assertThat(utc.parseTimestamp("2001-02-28T10:00:00.1234567Z"))
                .isEqualTo(Instant.parse("2001-02-28T10:00:00.123456Z").toEpochMilli() * 1000 + 456);
    }

    private static String date(long day) {
        StringBuilder b = new StringBuilder();
        IsoText.appendDate(b, day);
        return b.toString();
    }

    private static String timestamp(long micros) {
        StringBuilder b = new StringBuilder();
        IsoText.appendTimestamp(b, micros);
        return b.toString();
    }
}
