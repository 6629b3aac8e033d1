package io.sluice.cli;

import java.util.List;

/**
 * How much a command tells on standard error besides its errors: {@code --quiet} only warnings and errors, the
 * default also progress and information lines, {@code --debug} everything with logger and thread names and
 * stack traces. Read from the arguments before anything logs, since logging is configured first.
 *
 * <pre>{@code Verbosity v = Verbosity.of(List.of("run", "pipeline.yaml", "--quiet")); // QUIET}</pre>
 */
enum Verbosity {
    QUIET, NORMAL, DEBUG;

    /** {@code --debug} wins over {@code --quiet} (it asks for detail); neither gives the default. */
    static Verbosity of(List<String> args) {
        return args.contains("--debug") ? DEBUG : args.contains("--quiet") || args.contains("-q") ? QUIET : NORMAL;
    }
}
