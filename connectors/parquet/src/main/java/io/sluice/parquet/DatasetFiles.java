package io.sluice.parquet;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a Parquet source reads, in path order, each with the partition values its Hive-style directories
 * give it ({@code year=2001/season=DJF} below the root). The path is one file, a directory (every
 * {@code *.parquet} file below it; names starting with {@code .} or {@code _} are skipped, as Spark and Hive skip
 * them) or a glob ({@code data/*.parquet}, {@code data/**}{@code /*.parquet}).
 *
 * <pre>{@code for (DatasetFiles.Entry e : DatasetFiles.find(base, "obs/**")) e.labels();   // {year=2001}}</pre>
 */
final class DatasetFiles {
    /** One file and its partition values, in directory order. */
    record Entry(Path file, Map<String, String> labels) {
    }

    private DatasetFiles() {
    }

    /** Whether a path setting is a glob rather than a file or directory name. */
    static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
    }

    /** The files of {@code path} (resolved against {@code base}); fails naming the path when there are none. */
    static List<Entry> find(Path base, String path) throws IOException {
        List<Path> files = new ArrayList<>();
        Path root;
        if (isGlob(path)) {
            root = base.resolve(fixedPrefix(path)).normalize();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + base.resolve(path).normalize());
            walk(root, p -> matcher.matches(p), files);
        } else {
            root = base.resolve(path).normalize();
            if (Files.isRegularFile(root)) {
                return List.of(new Entry(root, Map.of()));
            }
            if (!Files.isDirectory(root)) {
                throw new IOException(root + ": no such file or directory");
            }
            walk(root, p -> p.getFileName().toString().endsWith(".parquet"), files);
        }
        if (files.isEmpty()) {
            throw new IOException(root + ": no Parquet files " + (isGlob(path) ? "match " + path
                    : "(*.parquet) in this directory"));
        }
        files.sort(null);
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            entries.add(new Entry(f, labels(root, f)));
        }
        checkSameKeys(entries);
        return entries;
    }

    private static void walk(Path root, java.util.function.Predicate<Path> wanted, List<Path> out)
            throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": no such directory");
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).filter(wanted).forEach(out::add);
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String fixedPrefix(String glob) {
        int firstGlob = glob.length();
        for (char c : "*?[{".toCharArray()) {
            int i = glob.indexOf(c);
            if (i >= 0) {
                firstGlob = Math.min(firstGlob, i);
            }
        }
        int slash = glob.lastIndexOf('/', firstGlob);
        return slash < 0 ? "." : glob.substring(0, slash + 1);
    }

    private static Map<String, String> labels(Path root, Path file) {
        Map<String, String> labels = new LinkedHashMap<>();
        Path relative = root.relativize(file).getParent();
        if (relative != null) {
            for (Path part : relative) {
                String segment = part.toString();
                int eq = segment.indexOf('=');
                if (eq > 0) {
                    String value = HivePath.unescape(segment.substring(eq + 1));
                    labels.put(HivePath.unescape(segment.substring(0, eq)),
                            value.equals(HivePath.DEFAULT_PARTITION) ? "" : value);
                }
            }
        }
        return labels;
    }

    private static void checkSameKeys(List<Entry> entries) throws IOException {
        Entry first = entries.get(0);
        for (Entry e : entries) {
            if (!List.copyOf(e.labels().keySet()).equals(List.copyOf(first.labels().keySet()))) {
                throw new IOException(e.file() + ": partition directories " + e.labels().keySet() + " differ from "
                        + first.labels().keySet() + " of " + first.file() + "; every file of a partitioned"
                        + " dataset must sit under the same partition keys, in the same order");
            }
        }
    }
}
