package io.sluice.core.spi;

/**
 * Anything found with {@link java.util.ServiceLoader} and chosen by a type id in a pipeline.
 *
 * <pre>{@code plugins.find(SourceFactory.class, "netcdf")}</pre>
 */
public interface Plugin {

    /** The type id used in pipelines, such as {@code netcdf} or {@code season}. */
    String type();
}
