package io.sluice.scheduler;

import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import java.util.Objects;

/**
 * A pipeline's {@code schedule} section for the Java DSL: the same settings a YAML file holds, checked by
 * {@link ScheduleReader} like them.
 *
 * <pre>{@code
 * Pipeline.builder("nightly-drop")
 *         .schedule(ScheduleSettings.cron("0 2 * * *").timeZone("Europe/Berlin").misfire(MisfirePolicy.RUN_ONCE)
 *                 .incremental("incoming/*.nc", "1m"))
 *         .source(Config.ofType("netcdf").with("path", "${input}"))
 *         ...
 * }</pre>
 *
 * @param cron the cron expression
 * @param timeZone the time zone, or null for the machine's
 * @param overlap what a fire does while the previous run is going
 * @param misfire what to do about fire times missed while no scheduler ran
 * @param jitter the largest delay, such as {@code 30s}, or null for none
 * @param files the incremental input pattern, or null to run the pipeline as written
 * @param minAge how long an input must have been left alone, or null
 */
public record ScheduleSettings(String cron, String timeZone, OverlapPolicy overlap, MisfirePolicy misfire,
                               String jitter, String files, String minAge) implements Settings {

    /** Checks that the cron expression and the policies are given. */
    public ScheduleSettings {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(misfire, "misfire");
    }

    /** A schedule on {@code cron}, in the machine's zone, with {@code overlap: skip} and {@code misfire: skip}. */
    public static ScheduleSettings cron(String cron) {
        return new ScheduleSettings(cron, null, OverlapPolicy.SKIP, MisfirePolicy.SKIP, null, null, null);
    }

    /** The same schedule in another time zone, such as {@code Europe/Berlin}. */
    public ScheduleSettings timeZone(String zone) {
        return new ScheduleSettings(cron, zone, overlap, misfire, jitter, files, minAge);
    }

    /** The same schedule with another overlap policy. */
    public ScheduleSettings overlap(OverlapPolicy policy) {
        return new ScheduleSettings(cron, timeZone, policy, misfire, jitter, files, minAge);
    }

    /** The same schedule with another misfire policy. */
    public ScheduleSettings misfire(MisfirePolicy policy) {
        return new ScheduleSettings(cron, timeZone, overlap, policy, jitter, files, minAge);
    }

    /** The same schedule with runs delayed by up to {@code duration}, such as {@code 30s}. */
    public ScheduleSettings jitter(String duration) {
        return new ScheduleSettings(cron, timeZone, overlap, misfire, duration, files, minAge);
    }

    /** The same schedule taking the new files matching {@code glob}, each left alone for {@code age} at least. */
    public ScheduleSettings incremental(String glob, String age) {
        return new ScheduleSettings(cron, timeZone, overlap, misfire, jitter, glob, age);
    }

    @Override
    public Config toConfig() {
        Config c = Config.empty("").with("cron", cron);
        if (timeZone != null) {
            c = c.with("time-zone", timeZone);
        }
        c = c.with("overlap", overlap.text()).with("misfire", misfire.text());
        if (jitter != null) {
            c = c.with("jitter", jitter);
        }
        if (files != null) {
            Config in = Config.empty("").with("files", files);
            c = c.with("incremental", minAge == null ? in : in.with("min-age", minAge));
        }
        return c;
    }
}
