package io.sluice.core.spi;

import io.sluice.core.config.ConfigReader;

/**
 * Creates sinks of one type id (such as {@code csv}); found with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code Sink s = factory.create(reader);}</pre>
 */
public interface SinkFactory extends Plugin {

    /** A sink from settings; records problems in the reader and may return null when settings are bad. */
    Sink create(ConfigReader settings);
}
