package io.sluice.scheduler;

import io.sluice.core.run.RunIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run of every pipeline, scheduled or manual, in {@code history.jsonl}: one line when a run starts and
 * one when it ends (later lines of a run complete earlier ones).
 *
 * <pre>{@code
 * RunHistory history = RunHistory.of(state);
 * RunRecord r = history.start(RunIds.next(now), "nightly", "manual", null, now);   // counts its retries
 * history.end(r.id(), clock.instant(), RunRecord.SUCCEEDED, 1, 17, 340, "reports/" + r.id() + ".txt", null);
 * }</pre>
 */
public final class RunHistory {
    private static final String FILE = "history.jsonl";
    private final StateDirectory state;

    private RunHistory(StateDirectory state) {
        this.state = state;
    }

    /** The history kept in a state directory. */
    public static RunHistory of(StateDirectory state) {
        return new RunHistory(state);
    }

    /** The state directory. */
    public StateDirectory state() {
        return state;
    }

    /** Records that run {@code id} started, counting its retries from the history. */
    public RunRecord start(String id, String pipeline, String trigger, Instant fire, Instant now) {
        return start(id, pipeline, trigger, fire, now, retriesOf(pipeline));
    }

    /** How many unsuccessful runs of {@code pipeline} came last, one after another. */
    public long retriesOf(String pipeline) {
        long retries = 0;
        List<RunRecord> earlier = runs(pipeline);
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).unsuccessful(); i--) {
            retries++;
        }
        return retries;
    }

    /** Records that run {@code id} started after {@code retries} unsuccessful runs (known to the caller). */
    public RunRecord start(String id, String pipeline, String trigger, Instant fire, Instant now, long retries) {
        RunRecord r = new RunRecord(id, pipeline, trigger, fire, now, null, RunRecord.RUNNING, 0, 0,
                0, retries, null, null);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("run", r.id());
        line.put("pipeline", pipeline);
        line.put("trigger", trigger);
        line.put("fire", fire == null ? null : fire.toString());
        line.put("started", now.toString());
        line.put("status", RunRecord.RUNNING);
        line.put("retries", retries);
        state.append(FILE, line);
        return r;
    }

    /** Records how run {@code id} ended. */
    public void end(String id, Instant now, String status, long inputs, long chunks, long rows, String report,
                    String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("run", id);
        line.put("ended", now.toString());
        line.put("status", status);
        line.put("inputs", inputs);
        line.put("chunks", chunks);
        line.put("rows", rows);
        line.put("report", report);
        line.put("message", message);
        state.append(FILE, line);
    }

    /** Marks scheduled runs still recorded as running as interrupted: their scheduler is gone. */
    public void interruptScheduledRuns(Instant now) {
        for (RunRecord r : runs(null)) {
            if (RunRecord.RUNNING.equals(r.status()) && "schedule".equals(r.trigger())) {
                end(r.id(), now, RunRecord.INTERRUPTED, r.inputs(), r.chunks(), r.rows(), null,
                        "the scheduler stopped before the run ended");
            }
        }
    }

    /** The runs of {@code pipeline} (every pipeline when null), in the order they started. */
    public List<RunRecord> runs(String pipeline) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> line : state.read(FILE)) {
            if (line.get("run") instanceof String id) {
                byId.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(line);
            }
        }
        List<RunRecord> out = new ArrayList<>();
        for (Map<String, Object> m : byId.values()) {
            if (m.get("pipeline") instanceof String p && m.get("started") instanceof String
                    && (pipeline == null || pipeline.equals(p))) {
                out.add(record(m));
            }
        }
        return out;
    }

    private static RunRecord record(Map<String, Object> m) {
        return new RunRecord((String) m.get("run"), (String) m.get("pipeline"), text(m, "trigger"),
                instant(m, "fire"), instant(m, "started"), instant(m, "ended"), text(m, "status"), number(m, "inputs"),
                number(m, "chunks"), number(m, "rows"), number(m, "retries"), text(m, "report"), text(m, "message"));
    }

    private static String text(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }

    private static long number(Map<String, Object> m, String key) {
        return m.get(key) instanceof Long n ? n : 0;
    }

    private static Instant instant(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s ? Instant.parse(s) : null;
    }
}
