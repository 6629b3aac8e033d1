package io.sluice.core.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The parts of one run in a staging directory, written by any thread: a part is started (its file named
 * {@code part-000003<suffix>}), then completed with its facts; starting a part again (a retried chunk) removes
 * the earlier attempt's file; a resumed run adopts the parts an interrupted run completed. Once sealed for the
 * commit, no part can be started.
 *
 * <pre>{@code
 * Path file = parts.start(3, ".csv");   // write it, then
 * parts.complete(3, Map.of("columns", "lat,lon,tas"));
 * }</pre>
 */
public final class StagedParts {
    private final Path folder;
    private final ConcurrentSkipListMap<Integer, StagedPart> parts = new ConcurrentSkipListMap<>();
    private boolean sealed;

    StagedParts(Path folder) {
        this.folder = folder;
    }

    /** The file name of part {@code index}. */
    public static String fileName(int index, String suffix) {
        return String.format("part-%06d%s", index, suffix);
    }

    /**
     * Starts writing part {@code index}: forgets and deletes an earlier attempt at it, and returns the file to
     * create. Throws {@link IllegalStateException} once the parts are sealed for the commit.
     */
    public synchronized Path start(int index, String suffix) throws IOException {
        if (index < 0) {
            throw new IllegalArgumentException("part index must not be negative: " + index);
        }
        if (sealed) {
            throw new IllegalStateException("cannot write part " + index + ": the output is being committed");
        }
        StagedPart earlier = parts.remove(index);
        if (earlier != null) {
            Files.deleteIfExists(earlier.file());
        }
        Path file = SafePaths.inside(folder, fileName(index, suffix));
        Files.deleteIfExists(file);
        parts.put(index, new StagedPart(index, file, Map.of(), false));
        return file;
    }

    /** Marks part {@code index} as finished, with what the sink needs to know about it at commit. */
    public synchronized void complete(int index, Map<String, String> facts) {
        StagedPart p = parts.get(index);
        if (p == null) {
            throw new IllegalStateException("part " + index + " was not started");
        }
        parts.put(index, new StagedPart(index, p.file(), facts, true));
    }

    /** Takes over part {@code index}, completed by an interrupted run whose file was checked. */
    public synchronized void adopt(int index, Path file, Map<String, String> facts) {
        parts.put(index, new StagedPart(index, file, facts, true));
    }

    /** Part {@code index} when it is complete. */
    public Optional<StagedPart> completed(int index) {
        StagedPart p = parts.get(index);
        return p != null && p.complete() ? Optional.of(p) : Optional.empty();
    }

    /** Every part, in index order; no part can be started afterwards. */
    public synchronized List<StagedPart> seal() {
        sealed = true;
        return new ArrayList<>(parts.values());
    }

    /** Every part, in index order. */
    public List<StagedPart> all() {
        return new ArrayList<>(parts.values());
    }
}
