package io.sluice.core.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Samples the heap in use and the process's resident set size every {@code periodMillis} on a daemon thread,
 * keeping the largest values, from {@link #start} to {@link #stop}. One sample is taken at each end, so even a
 * run shorter than the period has two.
 *
 * <pre>{@code
 * MemorySampler m = MemorySampler.every(100); m.start(); ...; MemoryPeaks peaks = m.stop();
 * }</pre>
 */
public final class MemorySampler {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final long periodMillis;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private Thread thread;
    private long heapPeak = -1;
    private long rssPeak = -1;
    private int samples;

    private MemorySampler(long periodMillis) {
        this.periodMillis = periodMillis;
    }

    /** A sampler that samples every {@code periodMillis} milliseconds. */
    public static MemorySampler every(long periodMillis) {
        return new MemorySampler(periodMillis);
    }

    /** Takes a sample and starts sampling. */
    public synchronized void start() {
        sample();
        thread = new Thread(this::loop, "sluice-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling, takes a last sample and returns the peaks. */
    public MemoryPeaks stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            sample();
            return new MemoryPeaks(heapPeak, memory.getHeapMemoryUsage().getMax(), rssPeak,
                    statusBytes("VmHWM:"), samples);
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                sample();
            }
        }
    }

    private void sample() {
        heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
        rssPeak = Math.max(rssPeak, statusBytes("VmRSS:"));
        samples++;
    }

    /** A {@code kB} line of {@code /proc/self/status} in bytes, or -1 where there is none (not Linux). */
    static long statusBytes(String field) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(field)) {
                    String[] words = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(words[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
