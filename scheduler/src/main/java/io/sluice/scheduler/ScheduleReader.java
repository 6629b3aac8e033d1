package io.sluice.scheduler;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Reads and checks a pipeline's {@code schedule} section, reporting every problem with its file, line and
 * column like the other sections (unknown keys with a did-you-mean hint).
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * Schedule s = ScheduleReader.read(pipeline, problems);   // null when absent or invalid
 * problems.throwIfAny();
 * }</pre>
 */
public final class ScheduleReader {
    private static final List<String> OVERLAP = List.of("skip", "queue");
    private static final List<String> MISFIRE = List.of("skip", "run-once", "catch-up");

    private ScheduleReader() {
    }

    /** The pipeline's schedule, or null when it has none or it is invalid (then problems say why). */
    public static Schedule read(Pipeline pipeline, Problems problems) {
        if (pipeline.schedule().isEmpty()) {
            if (usesInput(pipeline.source()) || usesInput(pipeline.sink())) {
                problems.add(pipeline.origin(), "schedule", "the pipeline uses ${input} but has no schedule with an"
                        + " incremental block; add 'schedule: { cron: ..., incremental: { files: \"in/*.nc\" } }'");
            }
            return null;
        }
        int before = problems.list().size();
        ConfigReader r = new ConfigReader(pipeline.schedule().get(), problems, pipeline.baseDirectory());
        String cronText = r.requiredString("cron");
        CronExpression cron = null;
        if (cronText != null) {
            try {
                cron = CronExpression.parse(cronText);
            } catch (IllegalArgumentException e) {
                r.problem("cron", "'" + cronText + "' is not a valid cron expression: " + e.getMessage()
                        + "; for example '0 2 * * *' (02:00 every day) or '*/10 * * * * *' (every 10 seconds)");
            }
        }
        ZoneId zone = zone(r);
        OverlapPolicy overlap = OverlapPolicy.valueOf(r.choice("overlap", "skip", OVERLAP).toUpperCase(Locale.ROOT));
        MisfirePolicy misfire = MisfirePolicy.valueOf(r.choice("misfire", "skip", MISFIRE).toUpperCase(Locale.ROOT)
                .replace('-', '_'));
        Duration jitter = duration(r, "jitter", Duration.ZERO);
        IncrementalInput incremental = incremental(r, pipeline, problems);
        r.finish();
        if (problems.list().size() > before || cron == null) {
            return null;
        }
        return new Schedule(FireTimes.of(cron, zone), overlap, misfire, jitter, incremental);
    }

    private static ZoneId zone(ConfigReader r) {
        String text = r.string("time-zone", null);
        if (text == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            r.problem("time-zone", "'" + text + "' is not a time zone; expected a region such as Europe/Berlin,"
                    + " UTC or an offset such as +01:00");
            return ZoneId.systemDefault();
        }
    }

    private static Duration duration(ConfigReader r, String key, Duration defaultValue) {
        String text = r.string(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            r.problem(key, e.getMessage());
            return defaultValue;
        }
    }

    private static IncrementalInput incremental(ConfigReader r, Pipeline pipeline, Problems problems) {
        Config block = r.section("incremental");
        if (block == null) {
            if (!r.config().has("incremental") && (usesInput(pipeline.source()) || usesInput(pipeline.sink()))) {
                problems.add(r.config().location(), "schedule", "the pipeline uses ${input} but the schedule has no"
                        + " incremental block; add 'incremental: { files: \"in/*.nc\" }'");
            }
            return null;
        }
        ConfigReader in = new ConfigReader(block, problems, pipeline.baseDirectory());
        String glob = in.requiredString("files");
        Duration minAge = duration(in, "min-age", Duration.ZERO);
        if (block.has("type")) {
            in.problem("type", "unknown key; expected one of files, min-age");
        }
        in.finish();
        if (glob == null) {
            return null;
        }
        if (glob.contains("..")) {
            in.problem("files", "'" + glob + "' must not contain '..'; write a pattern below the pipeline's folder"
                    + " or an absolute one");
            return null;
        }
        if (!usesInput(pipeline.source())) {
            problems.add(pipeline.source().locationOf("type"), "source", "an incremental schedule needs ${input}"
                    + " in the source settings, such as 'path: ${input}'");
        }
        if (!usesInput(pipeline.sink())) {
            problems.add(pipeline.sink().locationOf("type"), "sink", "an incremental schedule runs once per new"
                    + " file and needs ${input.stem} or ${input.name} in the sink settings, such as"
                    + " 'path: out/${input.stem}.csv', so that each input gets its own output");
        }
        return new IncrementalInput(glob, minAge);
    }

    private static boolean usesInput(Config config) {
        return InputBinding.mentionsInput(config);
    }
}
