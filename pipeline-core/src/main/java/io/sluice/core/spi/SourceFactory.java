package io.sluice.core.spi;

import io.sluice.core.config.ConfigReader;
import java.nio.file.Path;
import java.util.Set;

/**
 * Creates sources of one type id (such as {@code netcdf}); found with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code Source s = factory.create(new ConfigReader(config, problems, baseDir));}</pre>
 */
public interface SourceFactory extends Plugin {

    /** A source from settings; records problems in the reader and may return null when settings are bad. */
    Source create(ConfigReader settings);

    /** Whether this source type reads {@code file}, judged by its name or first bytes. */
    boolean canRead(Path file);

    /**
     * The file name extensions this type reads, lower case without the dot (such as {@code nc}), which
     * {@code sluice convert} uses to pick a type from a file name; the empty string claims folders and names
     * without an extension. None by default.
     */
    default Set<String> extensions() {
        return Set.of();
    }
}
