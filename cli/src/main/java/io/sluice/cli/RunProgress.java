package io.sluice.cli;

import io.sluice.core.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses how a run shows its progress on standard error: a live bar when standard error is a terminal
 * ({@link TerminalProgress}), plain log lines otherwise ({@link PlainProgress}: pipes, files, CI, cron), nothing
 * with {@code --quiet}. Only standard error counts, where the bar is drawn: {@code sluice run p.yaml > report.txt}
 * still gets the bar. Standard error is a terminal when {@code TERM} is set and not {@code dumb} and Linux's
 * {@code /proc/self/fd/2} names a terminal device; where {@code /proc} cannot tell, when the JVM has a console.
 *
 * <pre>{@code options = options.withListener(RunProgress.onConsole(quiet.quiet()));}</pre>
 */
final class RunProgress {
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private RunProgress() {
    }

    /** The progress display this command's console calls for. */
    static RunListener onConsole(boolean quiet) {
        if (quiet) {
            return RunListener.NONE;
        }
        return standardErrorIsTerminal(System.getenv("TERM"), device(STANDARD_ERROR), System.console() != null)
                ? new TerminalProgress(System.err) : new PlainProgress(System::nanoTime, Heartbeat.daemonThread());
    }

    /**
     * Whether standard error is a terminal the bar can be drawn on.
     *
     * @param term the {@code TERM} environment variable, or null
     * @param device the device standard error is open on ({@code /dev/pts/3}), or empty where not known
     * @param console whether the JVM has a console, the guess where the device is not known
     */
    static boolean standardErrorIsTerminal(String term, Optional<String> device, boolean console) {
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        return device.map(d -> d.startsWith("/dev/pts/") || d.startsWith("/dev/tty") || d.equals("/dev/console"))
                .orElse(console);
    }

    /** Where a file descriptor's link in {@code /proc} points, or empty where there is no such link. */
    private static Optional<String> device(Path fdLink) {
        try {
            return Optional.of(Files.readSymbolicLink(fdLink).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
