package io.sluice.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the {@code report.json} a user names: a path to the file or to its run folder, {@code last} (the
 * report written last), a run id, or the start of one when only one run matches.
 *
 * <pre>{@code Path json = ReportLookup.in(ReportFolder.in(state)).find("20261125-1201");}</pre>
 */
public final class ReportLookup {
    private final ReportFolder folder;

    private ReportLookup(ReportFolder folder) {
        this.folder = folder;
    }

    /** A lookup in {@code folder}. */
    public static ReportLookup in(ReportFolder folder) {
        return new ReportLookup(folder);
    }

    /** The report {@code run} names; IllegalArgumentException (one line) when none, or several, match. */
    public Path find(String run) throws IOException {
        Path given = Path.of(run);
        if (Files.isRegularFile(given)) {
            return given;
        }
        if (Files.isRegularFile(given.resolve(ReportFolder.JSON))) {
            return given.resolve(ReportFolder.JSON);
        }
        List<Path> all = folder.reports();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no run reports in " + folder.folder());
        }
        if ("last".equals(run)) {
            return all.get(all.size() - 1).resolve(ReportFolder.JSON);
        }
        List<Path> matches = all.stream().filter(d -> d.getFileName().toString().equals(run)).toList();
        if (matches.isEmpty()) {
            matches = all.stream().filter(d -> d.getFileName().toString().startsWith(run)).toList();
        }
        if (matches.size() == 1) {
            return matches.get(0).resolve(ReportFolder.JSON);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no run '" + run + "' in " + folder.folder() + "; the last is "
                    + all.get(all.size() - 1).getFileName() + " (or give 'last', a run id or a report.json path)");
        }
        throw new IllegalArgumentException("'" + run + "' matches " + matches.size() + " runs in " + folder.folder()
                + " (" + matches.get(0).getFileName() + ", " + matches.get(1).getFileName()
                + (matches.size() > 2 ? ", ..." : "") + "); give more of the run id");
    }
}
