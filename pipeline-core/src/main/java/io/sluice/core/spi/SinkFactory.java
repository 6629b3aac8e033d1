package io.sluice.core.spi;

import io.sluice.core.config.ConfigReader;
import java.util.Set;

/**
 * Creates sinks of one type id (such as {@code csv}); found with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code Sink s = factory.create(reader);}</pre>
 */
public interface SinkFactory extends Plugin {

    /** A sink from settings; records problems in the reader and may return null when settings are bad. */
    Sink create(ConfigReader settings);

    /**
     * The file name extensions this type writes, lower case without the dot (such as {@code nc}), which
     * {@code sluice convert} uses to pick a type from a file name; the empty string claims folders and names
     * without an extension. None by default.
     */
    default Set<String> extensions() {
        return Set.of();
    }
}
