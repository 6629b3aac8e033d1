package io.sluice.scheduler;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Run ids: the start time in UTC and four random hex digits, such as {@code 20260329-020000-3fa1}, sortable
 * and unique across processes sharing a state directory.
 *
 * <pre>{@code String id = RunIds.next(clock.instant());}</pre>
 */
public final class RunIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    /** A new run id for a run starting at {@code now}. */
    public static String next(Instant now) {
        return STAMP.format(now) + "-" + String.format("%04x", RANDOM.nextInt(1 << 16));
    }
}
