package io.sluice.report;

import io.sluice.core.report.ObservedRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code runs} folder of a state directory: each run's {@code report.json} and {@code report.html} in
 * {@code runs/<run-id>/}, each written to a temporary file first and moved into place, so a reader never sees a
 * half-written report. Only the {@link #KEEP} most recent run folders are kept; older ones are deleted when a
 * report is written.
 *
 * <pre>{@code Path folder = ReportFolder.in(Path.of("pipelines/.sluice")).write(run);   // .../runs/<run-id>}</pre>
 */
public final class ReportFolder {
    /** The folder's name in the state directory. */
    public static final String NAME = "runs";
    /** A run's report for programs. */
    public static final String JSON = "report.json";
    /** A run's report for people. */
    public static final String HTML = "report.html";
    /** Run folders kept per state directory. */
    public static final int KEEP = 100;
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private final Path runs;

    private ReportFolder(Path runs) {
        this.runs = runs;
    }

    /** The runs folder of the state directory {@code stateFolder}. */
    public static ReportFolder in(Path stateFolder) {
        return new ReportFolder(stateFolder.toAbsolutePath().normalize().resolve(NAME));
    }

    /** The folder holding every run's folder. */
    public Path folder() {
        return runs;
    }

    /** Writes the run's two reports into its folder, deletes the oldest run folders past {@link #KEEP}. */
    public Path write(ObservedRun run) throws IOException {
        if (!RUN_ID.matcher(run.runId()).matches()) {
            throw new IOException("run id '" + run.runId() + "' cannot name a folder");
        }
        Path dir = runs.resolve(run.runId());
        Files.createDirectories(dir);
        Path tmp = dir.resolve(".report.tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ReportJson.write(run, w);
            }
            Files.move(tmp, dir.resolve(JSON), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(tmp, ReportHtml.of(run), StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(HTML), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        prune();
        return dir;
    }

    /** The run folders holding a {@code report.json}, oldest first (by the time it was written, then name). */
    public List<Path> reports() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runs, Files::isDirectory)) {
            for (Path d : dirs) {
                if (Files.isRegularFile(d.resolve(JSON))) {
                    found.add(d);
                }
            }
        }
        found.sort(Comparator.comparing(ReportFolder::written).thenComparing(Path::getFileName));
        return found;
    }

    private void prune() throws IOException {
        List<Path> all = reports();
        for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(old)) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(old);
        }
    }

    private static FileTime written(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(JSON));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
