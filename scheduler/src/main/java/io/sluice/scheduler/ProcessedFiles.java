package io.sluice.scheduler;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The input files a pipeline has converted, recorded in the state directory only after the run that converted
 * them committed its output, so a failed run leaves its inputs to be taken again.
 *
 * <pre>{@code
 * ProcessedFiles done = ProcessedFiles.of(state, "nightly");
 * if (!done.contains(file)) { ... run ...; done.add(file, runId); }
 * }</pre>
 */
public final class ProcessedFiles {
    private final StateDirectory state;
    private final String logName;
    private final Set<InputFile> seen = new HashSet<>();

    private ProcessedFiles(StateDirectory state, String pipeline) {
        this.state = state;
        this.logName = "processed/" + fileNameOf(pipeline) + ".jsonl";
        for (Map<String, Object> line : state.read(logName)) {
            if (line.get("path") instanceof String p && line.get("size") instanceof Long size
                    && line.get("modified") instanceof String modified) {
                seen.add(new InputFile(Path.of(p), size, Instant.parse(modified)));
            }
        }
    }

    /** The files recorded for {@code pipeline}. */
    public static ProcessedFiles of(StateDirectory state, String pipeline) {
        return new ProcessedFiles(state, pipeline);
    }

    /** Whether {@code file}, with this size and modification time, was converted by a committed run. */
    public boolean contains(InputFile file) {
        return seen.contains(file);
    }

    /** Records {@code file} as converted by run {@code runId}. */
    public void add(InputFile file, String runId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", file.path().toString());
        line.put("size", file.size());
        line.put("modified", file.modified().toString());
        line.put("run", runId);
        state.append(logName, line);
        seen.add(file);
    }

    /** How many files are recorded. */
    public int size() {
        return seen.size();
    }

    /** A pipeline name as a safe file name. */
    static String fileNameOf(String pipeline) {
        return pipeline.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
