/**
 * Statistics over time per grid cell (mean, min, max, sum, count, std, var, month-length weighted mean) as
 * mergeable accumulators.
 */
package io.sluice.converters.stats;
