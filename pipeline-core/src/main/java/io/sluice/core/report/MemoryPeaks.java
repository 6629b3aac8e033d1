package io.sluice.core.report;

/**
 * The most memory a run was seen to use. Values are bytes, or -1 when not known (RSS is read from Linux's
 * {@code /proc/self/status}).
 *
 * <pre>{@code System.out.println((peaks.heapUsed() >> 20) + " MiB of heap");}</pre>
 *
 * @param heapUsed the largest Java heap use sampled during the run (live and not yet collected objects)
 * @param heapMax the heap's limit ({@code -Xmx})
 * @param rss the largest resident set size of the process sampled during the run ({@code VmRSS})
 * @param rssHighWaterMark the process's peak resident set size since it started ({@code VmHWM}), read at the end
 *                         of the run: for a long-lived process (the scheduler) it may come from an earlier run
 * @param samples how many samples were taken
 */
public record MemoryPeaks(long heapUsed, long heapMax, long rss, long rssHighWaterMark, int samples) {
}
