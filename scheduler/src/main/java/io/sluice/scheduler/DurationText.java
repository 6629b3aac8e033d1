package io.sluice.scheduler;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them in a schedule: {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}, or
 * ISO-8601 such as {@code PT1M30S}.
 *
 * <pre>{@code DurationText.parse("5m")   // PT5M}</pre>
 */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private DurationText() {
    }

    /** The duration; throws {@link IllegalArgumentException} saying what is accepted. */
    public static Duration parse(String text) {
        String t = text.trim();
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            Duration d = Duration.parse(t);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // explained below
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration; expected a number with s, m, h or"
                + " d, such as 30s or 5m, or ISO-8601 such as PT5M");
    }
}
