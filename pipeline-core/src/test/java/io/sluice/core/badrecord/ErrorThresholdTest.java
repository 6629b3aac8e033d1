package io.sluice.core.badrecord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thresholds: reaching one is fine, going beyond fails; percentages compare exactly (hand-computed cases). */
class ErrorThresholdTest {

    @Test
    void aCountAllowsExactlyThatManyBadRecords() {
        ErrorThreshold five = ErrorThreshold.parse("5");
        assertThat(five.exceededBy(5, 10)).isFalse();
        assertThat(five.exceededBy(6, 1_000_000)).isTrue();
        assertThat(ErrorThreshold.parse("0").exceededBy(1, 1)).isTrue();
        assertThat(ErrorThreshold.parse("0").exceededBy(0, 1)).isFalse();
    }

    @Test
    void aPercentageIsOfTheRecordsReadBadOnesIncluded() {
        ErrorThreshold p = ErrorThreshold.parse("1.5%");
        // 1.5 % of 200 is 3.0: 3 bad records pass, 4 fail
        assertThat(p.exceededBy(3, 200)).isFalse();
        assertThat(p.exceededBy(4, 200)).isTrue();
        // 1.5 % of 201 is 3.015: 3 pass, 4 fail; 1.5 % of 1000 is 15
        assertThat(p.exceededBy(3, 201)).isFalse();
        assertThat(p.exceededBy(15, 1000)).isFalse();
        assertThat(p.exceededBy(16, 1000)).isTrue();
    }

    @Test
    void percentagesAreExactWhereDoublesAreNot() {
        // 0.7 % of 1000 is exactly 7, so 7 bad records pass; in doubles 0.7 / 100 * 1000 is 6.999999999999999
        ErrorThreshold p = ErrorThreshold.parse("0.7%");
        assertThat(p.exceededBy(7, 1000)).isFalse();
        assertThat(p.exceededBy(8, 1000)).isTrue();
        // 0.7 % of 100 is 0.7, less than one record: any bad record fails
        assertThat(p.exceededBy(1, 100)).isTrue();
        assertThat(ErrorThreshold.parse("100%").exceededBy(7, 7)).isFalse();
    }

    @Test
    void textThatIsNotAThresholdIsRefused() {
        assertThat(ErrorThreshold.parse("-1")).isNull();
        assertThat(ErrorThreshold.parse("1.5")).isNull();
        assertThat(ErrorThreshold.parse("101%")).isNull();
        assertThat(ErrorThreshold.parse("lots")).isNull();
        assertThat(ErrorThreshold.parse(" 12 ")).hasToString("12");
        assertThat(ErrorThreshold.parse("2.50 %")).hasToString("2.50%");
    }
}
