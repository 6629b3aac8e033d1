package io.sluice.csv;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a CSV source's {@code path} names: one file; every {@code .csv} file directly in a directory; or
 * the files a glob matches ({@code data/*.csv}, {@code data/**}{@code /obs-*.csv}). Sorted by path name.
 *
 * <pre>{@code List<CsvFile> files = CsvFiles.resolve(baseDirectory, "data/*.csv");}</pre>
 */
final class CsvFiles {
    private CsvFiles() {
    }

    /** The files {@code written} (relative to {@code base} unless absolute) names, sorted. */
    static List<CsvFile> resolve(Path base, String written) throws IOException {
        if (isGlob(written)) {
            return glob(base, written);
        }
        Path path = base.resolve(written).normalize();
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> list = Files.list(path)) {
                found = list.filter(p -> Files.isRegularFile(p)
                        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
            }
            if (found.isEmpty()) {
                throw new NoSuchFileException(written, null, "is a directory without .csv files");
            }
            return sorted(base, found);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(written, null, "does not exist");
        }
        return List.of(new CsvFile(path, written));
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static List<CsvFile> glob(Path base, String written) throws IOException {
        String normal = written.replace('\\', '/');
        int firstGlob = normal.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = normal.indexOf(c);
            if (i >= 0) {
                firstGlob = Math.min(firstGlob, i);
            }
        }
        int slash = normal.lastIndexOf('/', firstGlob);
        Path root = base.resolve(slash < 0 ? "." : normal.substring(0, slash + 1)).normalize();
        String pattern = slash < 0 ? normal : normal.substring(slash + 1);
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(written, null, "matches no file: " + root + " is not a directory");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).filter(p -> matcher.matches(root.relativize(p))).toList();
        }
        if (found.isEmpty()) {
            throw new NoSuchFileException(written, null, "matches no file");
        }
        return sorted(base, found);
    }

    private static List<CsvFile> sorted(Path base, List<Path> paths) {
        List<CsvFile> files = new ArrayList<>();
        Path normalBase = base.toAbsolutePath().normalize();
        for (Path p : paths.stream().sorted(Comparator.comparing(Path::toString)).toList()) {
            Path absolute = p.toAbsolutePath().normalize();
            String shown = absolute.startsWith(normalBase) ? normalBase.relativize(absolute).toString()
                    : absolute.toString();
            files.add(new CsvFile(absolute, shown));
        }
        return files;
    }
}
