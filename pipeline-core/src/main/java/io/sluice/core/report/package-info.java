/** Observing a run as it happens, for its run report: chunk timings per worker thread, retries and peak memory. */
package io.sluice.core.report;
