package io.sluice.core.sink;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder beside a target where a run writes its parts and its manifest: {@code .<target name>.sluice-staging}
 * in the target's directory, the same for every run of that target (so a killed run can be resumed) and on the
 * same file system (so publishing is one rename). A run holds a lock on its {@code lock} file while it uses the
 * folder; a second run of the same target fails at once. A fresh run that finds staging left by a run that died
 * removes it and says so in {@link #note()}.
 *
 * <pre>{@code
 * try (StagingDirectory staging = StagingDirectory.open(target, StagingMode.FRESH, OutputFiles.disk())) {
 *     Path part = staging.parts().start(0, ".csv");
 *     ...
 * }
 * }</pre>
 */
public final class StagingDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StagingDirectory.class);
    /** The suffix of the staging folder's name after the target's name. */
    public static final String SUFFIX = ".sluice-staging";
    static final String LOCK = "lock";
    static final String MANIFEST = "manifest";
    static final String PUBLISH = "publish.tmp";

    private final Path target;
    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final OutputFiles files;
    private final StagedParts parts;
    private final String note;
    private volatile boolean keepForResume;
    private boolean closed;

    private StagingDirectory(Path target, Path folder, FileChannel lockChannel, FileLock lock, OutputFiles files,
                             String note) {
        this.target = target;
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.files = files;
        this.parts = new StagedParts(folder);
        this.note = note;
    }

    /**
     * Opens and locks the staging folder of {@code target} (whose directory must exist). Throws an
     * {@link IOException} naming the target when it is not a regular file, its folder cannot be written, or
     * another run holds the lock.
     */
    public static StagingDirectory open(Path target, StagingMode mode, OutputFiles files) throws IOException {
        return open(target, mode, files, false);
    }

    /**
     * As {@link #open(Path, StagingMode, OutputFiles)} for a target that is a directory of files (such as a
     * partitioned Parquet output), published with {@link AtomicPublisher#publishDirectory}.
     */
    public static StagingDirectory openForDirectory(Path target, StagingMode mode, OutputFiles files)
            throws IOException {
        return open(target, mode, files, true);
    }

    private static StagingDirectory open(Path target, StagingMode mode, OutputFiles files, boolean tree)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = OutputTarget.stagingFolder(absolute, SUFFIX, tree);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(absolute + ": another sluice run is writing this output (its staging folder "
                    + folder.getFileName() + " is locked); wait for it to finish or stop it");
        }
        String note = null;
        try {
            List<Path> leftovers = contents(folder);
            if (mode == StagingMode.FRESH && !leftovers.isEmpty()) {
                deleteAll(leftovers);
                note = "removed staging left by an earlier run that stopped (" + leftovers.size() + " files in "
                        + folder + ")";
            }
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new StagingDirectory(absolute, folder, channel, lock, files, note);
    }

    /** The target this staging belongs to. */
    public Path target() {
        return target;
    }

    /** The staging folder. */
    public Path folder() {
        return folder;
    }

    /** How files are created in staging. */
    public OutputFiles files() {
        return files;
    }

    /** The parts written (or adopted) in this run. */
    public StagedParts parts() {
        return parts;
    }

    /** The run manifest's file. */
    public Path manifestFile() {
        return folder.resolve(MANIFEST);
    }

    /** Where the published file is assembled before its rename over the target. */
    public Path publishFile() {
        return folder.resolve(PUBLISH);
    }

    /** What opening found and did (stale staging removed), or empty. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The files in staging other than the lock, such as parts an interrupted run left. */
    public List<Path> contents() throws IOException {
        return contents(folder);
    }

    /** Asks that a failed run leave its completed parts and manifest for {@code --resume}. */
    public void keepForResume() {
        keepForResume = true;
    }

    /** Whether a failed run leaves its parts for resume. */
    public boolean keptForResume() {
        return keepForResume;
    }

    /**
     * Ends a run that failed: deletes staging, unless it holds completed parts a resume can reuse, which then stay
     * (the lock is released either way). The target is not touched.
     */
    public synchronized void abandon() throws IOException {
        if (keepForResume) {
            Files.deleteIfExists(publishFile());
            close();
        } else {
            delete();
        }
    }

    /**
     * As {@link #abandon()}, for a run that has failed already: a folder that cannot be cleaned is logged (with
     * what to do), not thrown, so that the run's own error is the one reported.
     */
    public void abandonQuietly() {
        try {
            abandon();
        } catch (IOException e) {
            LOG.warn("could not clean staging folder {}: {}; remove it by hand", folder, e.getMessage());
        }
    }

    /** As {@link #delete()}, after a publish: a folder that cannot be removed is logged, not thrown. */
    public void deleteQuietly() {
        try {
            delete();
        } catch (IOException e) {
            LOG.warn("could not remove staging folder {}: {}; remove it by hand", folder, e.getMessage());
        }
    }

    /** Deletes staging with everything in it (after a publish) and releases the lock. */
    public synchronized void delete() throws IOException {
        if (closed) {
            return;
        }
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    deleteAll(contents(folder));
                    break;
                } catch (DirectoryNotEmptyException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
            Files.deleteIfExists(folder.resolve(LOCK));
        } finally {
            close();
        }
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // another run has started on this target meanwhile and owns the folder now
        }
    }

    /** Releases the lock, leaving the files. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private static List<Path> contents(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !p.equals(folder) && !p.equals(folder.resolve(LOCK))).forEach(out::add);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        out.sort(Comparator.reverseOrder());
        return out;
    }

    private static void deleteAll(List<Path> paths) throws IOException {
        for (Path p : paths.stream().sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
