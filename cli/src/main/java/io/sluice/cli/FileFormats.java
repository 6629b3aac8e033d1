package io.sluice.cli;

import io.sluice.core.spi.Plugin;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SourceFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Picks the source and sink types of {@code sluice convert} from file names, using the extensions each
 * installed plugin declares ({@link SourceFactory#extensions()}, {@link SinkFactory#extensions()}): a new
 * connector plugs in by declaring its own, with no change here. A folder, or an output name without an
 * extension, matches the plugins that claim the empty extension. An input no extension matches is offered to
 * every source's {@link SourceFactory#canRead(Path)}.
 *
 * <pre>{@code
 * FileFormats.of(Plugins.installed()).sourceType(Path.of("tas.nc"))    // "netcdf"
 * FileFormats.of(Plugins.installed()).sinkType(Path.of("out.csv"))     // "csv"
 * }</pre>
 */
final class FileFormats {
    private final Plugins plugins;

    private FileFormats(Plugins plugins) {
        this.plugins = plugins;
    }

    static FileFormats of(Plugins plugins) {
        return new FileFormats(plugins);
    }

    /** The source type reading {@code input}; throws IllegalArgumentException saying what is installed. */
    String sourceType(Path input) {
        String ext = Files.isDirectory(input) ? "" : extension(input);
        List<SourceFactory> found = matching(SourceFactory.class, ext, SourceFactory::extensions);
        if (found.isEmpty() && Files.isRegularFile(input)) {
            plugins.all(SourceFactory.class).stream().filter(f -> f.canRead(input)).forEach(found::add);
        }
        return pick(found, input, ext, "source", "reads", "--from", table(SourceFactory.class,
                SourceFactory::extensions));
    }

    /** The sink type writing {@code output}; throws IllegalArgumentException saying what is installed. */
    String sinkType(Path output) {
        String ext = Files.isDirectory(output) ? "" : extension(output);
        List<SinkFactory> found = matching(SinkFactory.class, ext, SinkFactory::extensions);
        return pick(found, output, ext, "sink", "writes", "--to", table(SinkFactory.class, SinkFactory::extensions));
    }

    /** Whether a {@code kind} plugin of type {@code type} is installed. */
    boolean installed(Class<? extends Plugin> kind, String type) {
        return plugins.types(kind).contains(type);
    }

    /** {@code netcdf (.nc, .nc4), csv (.csv, .tsv)}: every type of {@code kind}, with its extensions. */
    <F extends Plugin> String table(Class<F> kind, Function<F, Set<String>> extensions) {
        List<String> parts = new ArrayList<>();
        for (F f : plugins.all(kind)) {
            Set<String> exts = new TreeSet<>(extensions.apply(f));
            List<String> shown = exts.stream().map(e -> e.isEmpty() ? "folders" : "." + e).toList();
            parts.add(f.type() + (shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ")"));
        }
        return String.join(", ", parts);
    }

    private <F extends Plugin> List<F> matching(Class<F> kind, String ext, Function<F, Set<String>> extensions) {
        List<F> out = new ArrayList<>();
        for (F f : plugins.all(kind)) {
            if (extensions.apply(f).contains(ext)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String pick(List<? extends Plugin> found, Path file, String ext, String what, String verb,
                               String option, String installed) {
        String kind = ext.isEmpty() ? "folders or names without an extension" : "'." + ext + "' files";
        if (found.isEmpty()) {
            throw new IllegalArgumentException(file + ": no installed " + what + " " + verb + " " + kind + "; "
                    + what + " types: " + installed + ". Name one with " + option);
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(file + ": several " + what + " types " + verb + " " + kind + ": "
                    + String.join(", ", found.stream().map(Plugin::type).toList()) + "; name one with " + option);
        }
        return found.get(0).type();
    }

    /** The lower-case text after the file name's last dot, or the empty string. */
    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
