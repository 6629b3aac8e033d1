package io.sluice.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --quiet} option of the commands that run pipelines (run, convert, schedule): no progress and no
 * information lines on standard error, only warnings and errors ({@link Main} reads it before logging starts,
 * see {@link Verbosity}).
 *
 * <pre>{@code @Mixin QuietOption quiet;  ...  RunProgress.onConsole(quiet.quiet())}</pre>
 */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Show no progress and no information lines; warnings and"
            + " errors still show.")
    boolean quiet;

    /** Whether the option was given. */
    boolean quiet() {
        return quiet;
    }
}
