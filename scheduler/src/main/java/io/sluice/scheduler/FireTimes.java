package io.sluice.scheduler;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instants at which a cron expression fires in a time zone. Each wall-clock time fires at most once: a
 * time repeated when the clocks go back fires at its first occurrence only, and a time skipped when they go
 * forward fires at the instant it would have had without the jump (02:30 on the spring-forward night in
 * Europe/Berlin fires at 03:30 summer time, the same instant as 02:30 winter time).
 *
 * <pre>{@code
 * FireTimes t = FireTimes.of(CronExpression.parse("30 2 * * *"), ZoneId.of("Europe/Berlin"));
 * t.nextAfter(Instant.parse("2026-03-28T01:30:00Z"))   // 2026-03-29T01:30:00Z (03:30 CEST)
 * }</pre>
 */
public record FireTimes(CronExpression cron, ZoneId zone) {

    /** The fire times of {@code cron} in {@code zone}. */
    public static FireTimes of(CronExpression cron, ZoneId zone) {
        return new FireTimes(cron, zone);
    }

    /** The first fire time strictly after {@code after}, if the expression ever fires again. */
    public Optional<Instant> nextAfter(Instant after) {
        LocalDateTime wall = LocalDateTime.ofInstant(after, zone);
        for (int guard = 0; guard < 100_000; guard++) {
            Optional<LocalDateTime> next = cron.nextAfter(wall);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            // earlier offset at an overlap; shifted by the gap's length in a gap
            Instant fire = ZonedDateTime.ofLocal(next.get(), zone, null).toInstant();
            if (fire.isAfter(after)) {
                return Optional.of(fire);
            }
            wall = next.get(); // a wall time already passed in the first half of an overlap: fired once already
        }
        return Optional.empty();
    }

    /** The fire times in {@code (from, to]}, oldest first, at most {@code limit} of the newest ones. */
    public List<Instant> between(Instant from, Instant to, int limit) {
        return window(from, to, limit).newest();
    }

    /** Counts the fire times in {@code (from, to]}. */
    public long countBetween(Instant from, Instant to) {
        return window(from, to, 0).total();
    }

    /**
     * The fire times in {@code (from, to]}, in one pass: how many there are, and the newest {@code limit}.
     *
     * @param newest the newest fire times, oldest first
     * @param total how many fire times there are
     */
    public record Window(List<Instant> newest, long total) {
    }

    /** The fire times in {@code (from, to]}: their number and the newest {@code limit} of them. */
    public Window window(Instant from, Instant to, int limit) {
        ArrayDeque<Instant> out = new ArrayDeque<>();
        long total = 0;
        Instant t = from;
        for (Optional<Instant> next = nextAfter(t); next.isPresent() && !next.get().isAfter(to);
             next = nextAfter(t)) {
            total++;
            out.addLast(next.get());
            if (out.size() > limit) {
                out.removeFirst();
            }
            t = next.get();
        }
        return new Window(List.copyOf(out), total);
    }

    /** The next {@code count} fire times after {@code after}. */
    public List<ZonedDateTime> next(Instant after, int count) {
        List<ZonedDateTime> out = new ArrayList<>();
        Instant t = after;
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = nextAfter(t);
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get().atZone(zone));
            t = next.get();
        }
        return out;
    }
}
