package io.sluice.core.config;

/**
 * Anything that describes a pipeline component as a {@link Config}: a Config itself, or a typed builder
 * of the Java DSL such as {@code Statistics.mean().groupBy("season")}.
 *
 * <pre>{@code Pipeline.builder("p").stage(Statistics.mean().groupBy("season"))}</pre>
 */
public interface Settings {

    /** The component's settings, exactly as a YAML file would hold them. */
    Config toConfig();
}
