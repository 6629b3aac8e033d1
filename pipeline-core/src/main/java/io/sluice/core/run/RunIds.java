package io.sluice.core.run;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run ids: the start time in UTC and six hex digits, such as {@code 20260329-020000-3fa1c2}. The digits count
 * up from a random start in each process, so ids made by one process never repeat (even a thousand in one
 * second, as a catch-up makes) and ids of two processes sharing a state directory almost never meet.
 *
 * <pre>{@code String id = RunIds.next(clock.instant());}</pre>
 */
public final class RunIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger NEXT = new AtomicInteger(new SecureRandom().nextInt());

    private RunIds() {
    }

    /** A new run id for a run starting at {@code now}. */
    public static String next(Instant now) {
        return STAMP.format(now) + "-" + String.format("%06x", NEXT.getAndIncrement() & 0xFFFFFF);
    }
}
