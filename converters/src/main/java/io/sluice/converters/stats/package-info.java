/** Statistics over time per grid cell (mean, min, max, sum, count) as mergeable accumulators. */
package io.sluice.converters.stats;
