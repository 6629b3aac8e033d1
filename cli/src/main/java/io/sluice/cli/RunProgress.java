package io.sluice.cli;

import io.sluice.core.run.RunListener;

/**
 * Chooses how a run shows its progress on standard error: a live bar when the command runs in a terminal
 * ({@link TerminalProgress}), plain log lines otherwise ({@link PlainProgress}: pipes, files, CI, cron), nothing
 * with {@code --quiet}. A terminal is a console ({@code System.console()}: standard input and output are a
 * terminal) whose {@code TERM} is set and not {@code dumb}.
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
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    }
}
