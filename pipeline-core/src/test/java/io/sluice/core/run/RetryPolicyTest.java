package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.Problems;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import io.sluice.core.spi.ClassifiedFailure;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theWaitDoublesUpToTheLongestAndJitterKeepsBetweenHalfAndAllOfIt() {
        RetryPolicy p = RetryPolicy.parse(6, "200ms..1s");
        // base waits 200, 400, 800, 1000, 1000 ms; random 0 gives half, random 0.999.. nearly all
        assertThat(p.delayBefore(1, 0)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.delayBefore(2, 0)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delayBefore(3, 0.5)).isEqualTo(Duration.ofMillis(600));
        assertThat(p.delayBefore(4, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.delayBefore(5, 0.999_999)).isEqualTo(Duration.ofMillis(999));
    }

    @Test
    void backoffIsWrittenFirstDotDotMaxInMillisecondsSecondsMinutesOrHours() {
        assertThat(RetryPolicy.parse(3, "200ms..10s")).isEqualTo(RetryPolicy.defaults());
        assertThat(RetryPolicy.parse(1, " 1s .. 2m ")).isEqualTo(new RetryPolicy(1, Duration.ofSeconds(1),
                Duration.ofMinutes(2)));
        assertThatThrownBy(() -> RetryPolicy.parse(1, "10s")).hasMessage("'10s' is not a backoff range; expected"
                + " FIRST..MAX such as 200ms..10s");
        assertThat(RetryPolicy.parse(1, "1h..2h")).isEqualTo(new RetryPolicy(1, Duration.ofHours(1),
                Duration.ofHours(2)));
        assertThatThrownBy(() -> RetryPolicy.parse(1, "1d..2d")).hasMessage("'1d' is not a duration; expected a whole"
                + " number with ms, s, m or h, such as 200ms, 10s or 5m");
    }

    @Test
    void thePipelineSectionIsReadWithLocatedProblems() {
        Problems problems = new Problems();
        Config section = Config.empty("retries").with("max", 5L).with("backoff", "1s..4s").with("jiter", 1L);
        RetryPolicy p = RetryPolicy.read(section, problems);
        assertThat(p).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(4)));
        assertThat(problems.list()).singleElement().hasToString("java dsl: retries.jiter: unknown key; expected one of"
                + " max, backoff.");
        assertThat(RetryPolicy.read(null, new Problems())).isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void timeOutsAndIoErrorsAreTransientBadDataFullDisksAndBugsAreNot() {
        assertThat(FailureKind.of(new RunFailedException("x", new SocketTimeoutException("read timed out"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new IOException("Input/output error"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new RunFailedException("x", new EOFException()))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new IOException("unexpected end of file at byte 9"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new NoSuchFileException("a.nc"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new IOException("No space left on device"))).isEqualTo(FailureKind.DISK_FULL);
        assertThat(FailureKind.of(new IllegalStateException("bug"))).isEqualTo(FailureKind.PERMANENT);
    }

    /** A failure that says itself whether a retry may help. */
    private static final class Classified extends RuntimeException implements ClassifiedFailure {
        private final boolean retry;

        Classified(String message, boolean retry, Throwable cause) {
            super(message, cause);
            this.retry = retry;
        }

        @Override
        public boolean mayPassOnRetry() {
            return retry;
        }
    }

    @Test
    void aFailureThatClassifiesItselfIsTakenAtItsWordAndItsTextIsNeverScanned() {
        assertThat(FailureKind.of(new Classified("stderr: unexpected end of file", true, null)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new Classified("stderr: No space left on device", true, null)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.isDiskFull(new RunFailedException("x", new Classified("No space left on device",
                false, null)))).isFalse();
        assertThat(FailureKind.of(new Classified("cannot start", false, new IOException("error=2"))))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new RunFailedException("end of file", new Classified("timed out", true, null))))
                .isEqualTo(FailureKind.TRANSIENT);
    }
}
