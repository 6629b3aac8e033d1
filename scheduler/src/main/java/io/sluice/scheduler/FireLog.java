package io.sluice.scheduler;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which fire times of each pipeline have been dealt with (started, skipped or missed), so that a fire time is
 * acted on once even across restarts and when another scheduler takes over the state directory. Kept in
 * {@code fires.jsonl}.
 *
 * <pre>{@code
 * FireLog log = FireLog.of(state);
 * log.record("nightly", fire, FireLog.STARTED, 1, runId);
 * log.lastHandled("nightly")   // Optional[fire]
 * }</pre>
 */
public final class FireLog {
    /** The fire time started a run. */
    public static final String STARTED = "started";
    /** The fire time came while the previous run was still going, with {@code overlap: skip}. */
    public static final String SKIPPED_OVERLAP = "skipped-overlap";
    /** Fire times that passed while no scheduler ran and the misfire policy did not run. */
    public static final String MISSED = "missed";
    /** The scheduler first saw the pipeline; fire times before this are not missed. */
    public static final String REGISTERED = "registered";
    private static final String FILE = "fires.jsonl";

    private final StateDirectory state;

    private FireLog(StateDirectory state) {
        this.state = state;
    }

    /** The fire log of a state directory. */
    public static FireLog of(StateDirectory state) {
        return new FireLog(state);
    }

    /** Records what happened to fire time {@code fire} ({@code count} fire times up to it for MISSED). */
    public void record(String pipeline, Instant fire, String decision, long count, String runId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("pipeline", pipeline);
        line.put("fire", fire.toString());
        line.put("decision", decision);
        if (count != 1) {
            line.put("count", count);
        }
        if (runId != null) {
            line.put("run", runId);
        }
        state.append(FILE, line);
    }

    /** The latest fire time dealt with for {@code pipeline}, or the time it was registered. */
    public Optional<Instant> lastHandled(String pipeline) {
        Instant last = null;
        for (Map<String, Object> line : state.read(FILE)) {
            if (pipeline.equals(line.get("pipeline")) && line.get("fire") instanceof String f) {
                Instant t = Instant.parse(f);
                if (last == null || t.isAfter(last)) {
                    last = t;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** How many fire times of {@code pipeline} were recorded with {@code decision} (counting MISSED ranges). */
    public long count(String pipeline, String decision) {
        long n = 0;
        for (Map<String, Object> line : state.read(FILE)) {
            if (pipeline.equals(line.get("pipeline")) && decision.equals(line.get("decision"))) {
                n += line.get("count") instanceof Long c ? c : 1;
            }
        }
        return n;
    }
}
