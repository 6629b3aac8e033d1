package io.sluice.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as pipelines write them: a whole number with {@code ms}, {@code s}, {@code m} or {@code h}.
 *
 * <pre>{@code DurationSetting.parse("200ms")   // PT0.2S
 * DurationSetting.parse("10m")     // PT10M}</pre>
 */
public final class DurationSetting {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private DurationSetting() {
    }

    /** The duration {@code text} names; an {@link IllegalArgumentException} saying what is expected otherwise. */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a duration; expected a whole number with"
                    + " ms, s, m or h, such as 200ms, 10s or 5m");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
