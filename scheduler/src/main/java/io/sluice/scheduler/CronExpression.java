package io.sluice.scheduler;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * A cron expression read as wall-clock times: 5 fields (minute hour day-of-month month day-of-week, as Unix
 * cron) or 6 with seconds first (as Quartz and Spring write them; {@code ?} is accepted).
 *
 * <pre>{@code
 * CronExpression.parse("0 2 * * MON-FRI").nextAfter(LocalDateTime.parse("2026-03-27T02:00"))  // 2026-03-30T02:00
 * }</pre>
 */
public final class CronExpression {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser WITH_SECONDS =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

    private final String text;
    private final Cron cron;
    private final ExecutionTime times;

    private CronExpression(String text, Cron cron) {
        this.text = text;
        this.cron = cron;
        this.times = ExecutionTime.forCron(cron);
    }

    /** Parses an expression; throws {@link IllegalArgumentException} with a one-line explanation. */
    public static CronExpression parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        if (fields != 5 && fields != 6) {
            throw new IllegalArgumentException("has " + fields + " field" + (fields == 1 ? "" : "s")
                    + "; expected 5 (minute hour day-of-month month day-of-week) or 6 with seconds first");
        }
        Cron cron;
        try {
            cron = (fields == 5 ? UNIX : WITH_SECONDS).parse(trimmed).validate();
        } catch (IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage()).replace("Failed to parse cron expression. ", "")
                    .replace('\n', ' ');
            throw new IllegalArgumentException(why + "; fields are " + (fields == 5 ? "" : "second ")
                    + "minute hour day-of-month month day-of-week");
        }
        CronExpression expression = new CronExpression(trimmed, cron);
        if (expression.nextAfter(LocalDateTime.of(2000, 1, 1, 0, 0)).isEmpty()) {
            throw new IllegalArgumentException("never fires (no such date)");
        }
        return expression;
    }

    /** The first wall-clock time strictly after {@code wallTime} that matches, if any. */
    public Optional<LocalDateTime> nextAfter(LocalDateTime wallTime) {
        // wall-clock arithmetic: a zone without daylight saving, so that no local time is skipped or repeated
        // whole seconds: cron-utils would carry a fraction of a second over into the fire time
        return times.nextExecution(wallTime.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC))
                .map(z -> z.toLocalDateTime());
    }

    /** The expression in English, such as "at 02:00 every day between Monday and Friday". */
    public String describe() {
        return CronDescriptor.instance(Locale.UK).describe(cron);
    }

    /** The expression as written (trimmed). */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
