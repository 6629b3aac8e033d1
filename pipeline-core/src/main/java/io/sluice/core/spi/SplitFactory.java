package io.sluice.core.spi;

import io.sluice.core.config.ConfigReader;

/**
 * Creates splits of one type id (such as {@code season}); found with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code Split s = factory.create(reader);}</pre>
 */
public interface SplitFactory extends Plugin {

    /** A split from settings; records problems in the reader and may return null when settings are bad. */
    Split create(ConfigReader settings);
}
