package io.sluice.netcdf;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The files a {@code path} setting names: each entry is a file or a glob pattern in its file name
 * ({@code data/tas_*.nc}, {@code data/tas_19[89]?.nc}), matched in its folder. The result is sorted by name and
 * without duplicates; files are ordered by time later ({@link FileSeries}).
 *
 * <pre>{@code List<Path> files = FileSet.expand(settings);}</pre>
 */
final class FileSet {
    private FileSet() {
    }

    /** Whether the path has glob characters in its file name. */
    static boolean isPattern(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().matches(".*[*?\\[{].*");
    }

    /** Every file the setting names; a pattern matching nothing, or a missing file, is a settings problem. */
    static List<Path> expand(NetcdfSettings settings) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (int i = 0; i < settings.paths().size(); i++) {
            Path p = settings.paths().get(i);
            String key = settings.config().get("path") instanceof List ? "path[" + i + "]" : "path";
            if (!isPattern(p)) {
                if (!Files.isRegularFile(p)) {
                    throw settings.invalid(key, p + ": no such file");
                }
                files.add(p);
                continue;
            }
            List<Path> matched = new ArrayList<>();
            if (Files.isDirectory(p.getParent())) {
                try (DirectoryStream<Path> found = Files.newDirectoryStream(p.getParent(), p.getFileName().toString())) {
                    for (Path f : found) {
                        if (Files.isRegularFile(f)) {
                            matched.add(f);
                        }
                    }
                }
            }
            if (matched.isEmpty()) {
                throw settings.invalid(key, "no file matches '" + p + "'; expected NetCDF files such as "
                        + p.getParent().resolve("tas_1982.nc"));
            }
            files.addAll(matched);
        }
        return List.copyOf(files);
    }
}
