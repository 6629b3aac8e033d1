package io.sluice.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a progress display shows at one moment of a run, and the arithmetic behind it. Bytes are in the plan's
 * unit (see {@link ProgressCount}), so the estimate and the bytes done compare. Throughput is the bytes
 * this run read divided by the time since it started. The time left (ETA) is the bytes still to read (the plan's
 * estimate less the bytes of the chunks done) at that throughput; without an estimate, or once the chunks done
 * hold more bytes than it, it is the chunks left at the pace of the chunks this run processed. Chunks taken over
 * from an interrupted run ({@code --resume}) count as done but not as read, so they do not inflate the throughput.
 *
 * <pre>{@code
 * new ProgressFigures(121, 40, 40, 930_000_000L, 310_000_000L, 310_000_000L, Duration.ofSeconds(6)).describe()
 * // "40/121 chunks (33 %), 310 MB read, 52 MB/s, ETA 12 s"
 * }</pre>
 *
 * @param chunks chunks in the plan
 * @param done chunks finished, processed or taken over
 * @param processed chunks this run processed (not taken over)
 * @param estimatedBytes bytes the plan expects to read, 0 when unknown
 * @param bytesDone bytes of the chunks done, taken over or not
 * @param bytesRead bytes this run read
 * @param elapsed time since the run started
 */
record ProgressFigures(int chunks, int done, int processed, long estimatedBytes, long bytesDone, long bytesRead,
                       Duration elapsed) {

    /** Whole percent of the chunks done, rounded down; 100 for a plan without chunks. */
    int percent() {
        return chunks == 0 ? 100 : (int) (100L * done / chunks);
    }

    /** Bytes read per second so far; 0 before any time has passed. */
    double bytesPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : bytesRead * 1e9 / nanos;
    }

    /** The time left, or empty while nothing has been processed (or no time has passed) to measure the pace by. */
    Optional<Duration> eta() {
        if (done >= chunks) {
            return Optional.of(Duration.ZERO);
        }
        long bytesLeft = estimatedBytes - bytesDone;
        if (bytesLeft > 0 && bytesRead > 0 && bytesPerSecond() > 0) {
            return Optional.of(Duration.ofNanos((long) (bytesLeft / bytesPerSecond() * 1e9)));
        }
        if (processed == 0 || elapsed.isZero()) {
            return Optional.empty();
        }
        return Optional.of(elapsed.multipliedBy(chunks - done).dividedBy(processed));
    }

    /** The chunks, bytes read and throughput: {@code 40/121 chunks (33 %), 310 MB read, 52 MB/s}. */
    String counts() {
        return done + "/" + chunks + " chunks (" + percent() + " %), " + bytes(bytesRead) + " read, "
                + bytes(Math.round(bytesPerSecond())) + "/s";
    }

    /** The counts and the time left: {@code 40/121 chunks (33 %), 310 MB read, 52 MB/s, ETA 12 s}. */
    String describe() {
        return counts() + ", ETA " + eta().map(ProgressFigures::duration).orElse("unknown");
    }

    /** Bytes in decimal units: {@code 512 B}, {@code 1.5 kB}, {@code 310 MB}, {@code 12 GB}. */
    static String bytes(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 999.5 && unit < units.length - 1) { // 999,999 B is 1.0 MB, not 1000 kB
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return bytes + " B";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** A duration rounded to the second: {@code 12 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(Duration d) {
        long s = Math.round(d.toMillis() / 1000.0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
    }
}
