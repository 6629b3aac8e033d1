/** The plugin seams: sources, splits, stages and sinks, and the factories that ServiceLoader finds by type id. */
package io.sluice.core.spi;
