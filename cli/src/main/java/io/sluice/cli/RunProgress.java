package io.sluice.cli;

import io.sluice.core.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses how a run shows its progress on standard error: a live bar when the command runs in a terminal
 * ({@link TerminalProgress}), plain log lines otherwise ({@link PlainProgress}: pipes, files, CI, cron), nothing
 * with {@code --quiet}. A terminal is a console ({@code System.console()}: standard input and output are a
 * terminal) whose {@code TERM} is set and not {@code dumb}, and (where Linux's {@code /proc} tells) whose
 * standard error is a terminal too.
 *
 * <pre>{@code options = options.withListener(RunProgress.onConsole(quiet.quiet()));}</pre>
 */
final class RunProgress {
    private RunProgress() {
    }

    /** The progress display this command's console calls for. */
    static RunListener onConsole(boolean quiet) {
        if (quiet) {
            return RunListener.NONE;
        }
        return isTerminal() ? new TerminalProgress(System.err) : new PlainProgress(System::nanoTime);
    }

    private static boolean isTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb")
                && standardErrorIsTerminal();
    }

    /** On Linux, whether standard error goes to a terminal device (not {@code 2>file}); elsewhere assumed. */
    private static boolean standardErrorIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
