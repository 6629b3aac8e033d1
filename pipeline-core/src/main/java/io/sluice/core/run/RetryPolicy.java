package io.sluice.core.run;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.DurationSetting;
import io.sluice.core.config.Problems;
import java.time.Duration;

/**
 * How often a chunk that failed for a transient reason (an I/O error, a time-out) is tried again, and how long
 * to wait before each retry: the wait doubles from {@code firstBackoff} up to {@code maxBackoff}, and a random
 * part (jitter) between half and all of it is used, so that workers do not retry in step.
 *
 * <pre>{@code
 * # pipeline.yaml
 * retries: { max: 3, backoff: 200ms..10s }
 *
 * RetryPolicy p = RetryPolicy.parse(3, "200ms..10s");
 * }</pre>
 *
 * @param maxRetries retries after the first attempt (0: never retry)
 * @param firstBackoff the wait before the first retry (before jitter)
 * @param maxBackoff the longest wait
 */
public record RetryPolicy(int maxRetries, Duration firstBackoff, Duration maxBackoff) {
    /** The most retries accepted. */
    public static final int MAX_RETRIES = 100;

    /** Validates the numbers. */
    public RetryPolicy {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES + ", got " + maxRetries);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff " + firstBackoff.toMillis() + "ms.." + maxBackoff.toMillis()
                    + "ms: expected the first wait to be at most the longest");
        }
    }

    /** Three retries, waiting 200 ms, then 400 ms, 800 ms (each with jitter), at most 10 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    /** No retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** {@code maxRetries} with a backoff written {@code 200ms..10s} (units ms, s, m, h). */
    public static RetryPolicy parse(int maxRetries, String backoff) {
        String[] ends = backoff.trim().split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("'" + backoff + "' is not a backoff range; expected FIRST..MAX such as"
                    + " 200ms..10s");
        }
        return new RetryPolicy(maxRetries, duration(ends[0]), duration(ends[1]));
    }

    private static Duration duration(String text) {
        return DurationSetting.parse(text);
    }

    /**
     * The pipeline's {@code retries} section ({@code max}, {@code backoff}), or the defaults when it has none;
     * wrong settings are recorded in {@code problems} with their location.
     */
    public static RetryPolicy read(Config section, Problems problems) {
        if (section == null) {
            return defaults();
        }
        ConfigReader reader = ConfigReader.section(section, problems);
        RetryPolicy d = defaults();
        int max = (int) reader.integer("max", d.maxRetries(), 0, MAX_RETRIES);
        String backoff = reader.string("backoff", null);
        reader.finish();
        if (backoff == null) {
            return new RetryPolicy(max, d.firstBackoff(), d.maxBackoff());
        }
        try {
            return parse(max, backoff);
        } catch (IllegalArgumentException e) {
            reader.problem("backoff", e.getMessage());
            return d;
        }
    }

    /** The wait before retry {@code retry} (1 for the first), given a random number in [0, 1). */
    public Duration delayBefore(int retry, double random) {
        long first = firstBackoff.toMillis();
        long max = maxBackoff.toMillis();
        long base = first;
        for (int i = 1; i < retry && base < max; i++) {
            base *= 2;
        }
        base = Math.min(base, max);
        return Duration.ofMillis(base / 2 + (long) (random * (base - base / 2)));
    }

    /** As written in a pipeline: {@code max 3, backoff 200ms..10s}. */
    @Override
    public String toString() {
        return "max " + maxRetries + ", backoff " + firstBackoff.toMillis() + "ms.." + maxBackoff.toMillis() + "ms";
    }
}
