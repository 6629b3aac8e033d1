package io.sluice.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fire times, checked against hand-computed instants. The daylight-saving dates of Europe/Berlin in 2026
 * (29 March 02:00 CET to 03:00 CEST, 25 October 03:00 CEST to 02:00 CET) were confirmed with GNU date:
 * {@code TZ=Europe/Berlin date -d '2026-03-29 03:30'} prints CEST and
 * {@code TZ=Europe/Berlin date -d @$(date -d 2026-10-25T00:30:00Z +%s)} prints 02:30 CEST.
 */
class FireTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<Instant> next(String cron, ZoneId zone, String after, int n) {
        return FireTimes.of(CronExpression.parse(cron), zone).next(Instant.parse(after), n).stream()
                .map(ZonedDateTime::toInstant).toList();
    }

    @Test
    void everyMinuteFiresAtEachMinuteStrictlyAfterTheGivenInstant() {
        assertThat(next("* * * * *", ZoneId.of("UTC"), "2026-01-01T10:00:00Z", 3)).containsExactly(
                Instant.parse("2026-01-01T10:01:00Z"), Instant.parse("2026-01-01T10:02:00Z"),
                Instant.parse("2026-01-01T10:03:00Z"));
    }

    @Test
    void sixFieldsPutSecondsFirst() {
        assertThat(next("*/20 * * * * *", ZoneId.of("UTC"), "2026-01-01T10:00:05Z", 3)).containsExactly(
                Instant.parse("2026-01-01T10:00:20Z"), Instant.parse("2026-01-01T10:00:40Z"),
                Instant.parse("2026-01-01T10:01:00Z"));
        assertThat(next("0 0 2 * * ?", ZoneId.of("UTC"), "2026-01-01T10:00:00Z", 1))
                .containsExactly(Instant.parse("2026-01-02T02:00:00Z"));
    }

    @Test
    void aNightlyTimeSkippedBySpringForwardFiresAnHourLaterOnThatNightOnly() {
        // 02:30 does not exist on 29 March: it fires at 03:30 CEST = 01:30 UTC, the instant 02:30 CET would have been
        assertThat(next("30 2 * * *", BERLIN, "2026-03-27T12:00:00Z", 4)).containsExactly(
                Instant.parse("2026-03-28T01:30:00Z"), // 02:30 CET
                Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST
                Instant.parse("2026-03-30T00:30:00Z"), // 02:30 CEST
                Instant.parse("2026-03-31T00:30:00Z"));
    }

    @Test
    void aNightlyTimeRepeatedByFallBackFiresOnceAtItsFirstOccurrence() {
        assertThat(next("30 2 * * *", BERLIN, "2026-10-24T12:00:00Z", 3)).containsExactly(
                Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST; 02:30 CET (01:30 UTC) does not fire again
                Instant.parse("2026-10-26T01:30:00Z"), // 02:30 CET
                Instant.parse("2026-10-27T01:30:00Z"));
        // asked from inside the repeated hour, the repeated wall time is not fired a second time
        assertThat(next("30 2 * * *", BERLIN, "2026-10-25T01:10:00Z", 1))
                .containsExactly(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void everyHalfHourAcrossBothChangesFollowsTheWallClock() {
        assertThat(next("*/30 * * * *", BERLIN, "2026-03-28T23:40:00Z", 4)).containsExactly(
                Instant.parse("2026-03-29T00:00:00Z"), // 01:00 CET
                Instant.parse("2026-03-29T00:30:00Z"), // 01:30 CET
                Instant.parse("2026-03-29T01:00:00Z"), // 02:00 does not exist: 03:00 CEST
                Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST (02:30 shifted to it too: fired once)
        assertThat(next("*/30 * * * *", BERLIN, "2026-10-24T23:40:00Z", 4)).containsExactly(
                Instant.parse("2026-10-25T00:00:00Z"), // 02:00 CEST
                Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST
                Instant.parse("2026-10-25T02:00:00Z"), // 03:00 CET; the repeated 02:00 and 02:30 CET do not fire
                Instant.parse("2026-10-25T02:30:00Z"));
    }

    @Test
    void betweenKeepsTheNewestFireTimesAndCountCountsThemAll() {
        FireTimes t = FireTimes.of(CronExpression.parse("* * * * *"), ZoneId.of("UTC"));
        Instant from = Instant.parse("2026-01-01T10:00:00Z");
        Instant to = Instant.parse("2026-01-01T10:10:00Z");
        assertThat(t.countBetween(from, to)).isEqualTo(10);
        assertThat(t.between(from, to, 2)).containsExactly(Instant.parse("2026-01-01T10:09:00Z"), to);
    }

    @Test
    void badExpressionsAreExplained() {
        assertThatThrownBy(() -> CronExpression.parse("61 * * * *")).hasMessage(
                "Value 61 not in range [0, 59]; fields are minute hour day-of-month month day-of-week");
        assertThatThrownBy(() -> CronExpression.parse("0 2 * *")).hasMessage(
                "has 4 fields; expected 5 (minute hour day-of-month month day-of-week) or 6 with seconds first");
        assertThatThrownBy(() -> CronExpression.parse("0 2 31 2 *")).hasMessage("never fires (no such date)");
    }

    @Test
    void expressionsAreDescribedInEnglish() {
        assertThat(CronExpression.parse("0 2 * * MON-FRI").describe()).isEqualTo(
                "at 02:00 every day between Monday and Friday");
    }

    @Test
    void fireTimesAreWholeSecondsWhateverTheFractionOfTheInstantAskedFrom() {
        assertThat(next("* * * * * *", ZoneId.of("UTC"), "2026-01-01T10:00:29.999999999Z", 2)).containsExactly(
                Instant.parse("2026-01-01T10:00:30Z"), Instant.parse("2026-01-01T10:00:31Z"));
        assertThat(next("* * * * *", ZoneId.of("UTC"), "2026-01-01T10:00:59.5Z", 1))
                .containsExactly(Instant.parse("2026-01-01T10:01:00Z"));
    }
}
