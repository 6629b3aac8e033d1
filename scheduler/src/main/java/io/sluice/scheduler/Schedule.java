package io.sluice.scheduler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * When and how the scheduler runs a pipeline: the {@code schedule} section of a pipeline file, checked.
 *
 * <pre>{@code
 * schedule:
 *   cron: "0 2 * * *"            # 5 fields, or 6 with seconds first
 *   time-zone: Europe/Berlin     # default: the machine's zone
 *   overlap: skip                # or queue
 *   misfire: run-once            # or skip, catch-up
 *   jitter: 30s                  # optional delay in [0, 30s), fixed per pipeline and fire time
 *   incremental: { files: "incoming/*.nc", min-age: 1m }
 *
 * Schedule s = ScheduleReader.read(pipeline, problems);
 * }</pre>
 *
 * @param fireTimes the cron expression in its time zone
 * @param overlap what a fire does while the previous run is still going
 * @param misfire what to do about fires missed while no scheduler ran
 * @param jitter largest delay added to each fire time (zero for none)
 * @param incremental which input files each run takes, or null to run the pipeline as written
 */
public record Schedule(FireTimes fireTimes, OverlapPolicy overlap, MisfirePolicy misfire, Duration jitter,
                       IncrementalInput incremental) {
    /** The most missed fire times that {@code misfire: catch-up} runs. */
    public static final int MAX_CATCH_UP = 1000;

    /** The incremental input selection, if the schedule has one. */
    public Optional<IncrementalInput> incrementalInput() {
        return Optional.ofNullable(incremental);
    }

    /**
     * The delay of the run for {@code fire}: the same for the same pipeline and fire time in every scheduler
     * process, spread evenly over {@code [0, jitter)}.
     */
    public Duration delayFor(String pipeline, Instant fire) {
        if (jitter.isZero()) {
            return Duration.ZERO;
        }
        CRC32 crc = new CRC32();
        crc.update((pipeline + "@" + fire).getBytes(StandardCharsets.UTF_8));
        return Duration.ofMillis(crc.getValue() % jitter.toMillis());
    }
}
