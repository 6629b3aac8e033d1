package io.sluice.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code incremental} part of a schedule: which files a run may take ({@code files}, a glob relative to the
 * pipeline's folder) and how long a file must have been left alone before it is taken ({@code min-age}).
 * A file is new when no committed run has processed it with its current size and modification time.
 *
 * <pre>{@code
 * schedule: { cron: "0 2 * * *", incremental: { files: "incoming/*.nc", min-age: 5m } }
 * }</pre>
 *
 * @param glob the file pattern as written, such as {@code incoming/*.nc} ({@code **} crosses folders)
 * @param minAge how long ago a file must have been last modified
 */
public record IncrementalInput(String glob, Duration minAge) {
    private static final int MAX_DEPTH = 32;

    /** The files matching the pattern under {@code base}, by path, that are old enough and not yet processed. */
    public List<InputFile> newFiles(Path base, ProcessedFiles processed, Instant now) {
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : matching(base)) {
            if (!f.modified().isAfter(now.minus(minAge)) && !processed.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every regular file under {@code base} that matches the pattern, sorted by path. */
    public List<InputFile> matching(Path base) {
        boolean absolute = glob.startsWith("/");
        Path root = absolute ? Path.of("/") : base.toAbsolutePath().normalize();
        String pattern = absolute ? glob.substring(1) : glob;
        Path start = root.resolve(fixedPrefix(pattern)).normalize();
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<InputFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(start, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
            files.filter(p -> matcher.matches(root.relativize(p))).forEach(p -> add(p, out));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(start + ": cannot list the incremental inputs: " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        out.sort(Comparator.comparing(f -> f.path().toString()));
        return out;
    }

    private static void add(Path p, List<InputFile> out) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isRegularFile()) {
                out.add(new InputFile(p, a.size(), a.lastModifiedTime().toInstant()));
            }
        } catch (IOException e) {
            // removed while listing: not an input any more
        }
    }

    /** The folders of the pattern before its first wildcard, such as {@code incoming} for {@code incoming/*.nc}. */
    private static String fixedPrefix(String pattern) {
        int wild = indexOfWildcard(pattern);
        int slash = pattern.lastIndexOf('/', wild < 0 ? pattern.length() : wild);
        return slash < 0 ? "" : pattern.substring(0, slash);
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
