package io.sluice.core.spi;

import io.sluice.core.config.ConfigReader;

/**
 * Creates stages of one type id (such as {@code mean}); found with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code Stage s = factory.create(reader);}</pre>
 */
public interface StageFactory extends Plugin {

    /** A stage from settings; records problems in the reader and may return null when settings are bad. */
    Stage create(ConfigReader settings);
}
