package io.sluice.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How much a command tells on standard error besides its errors: {@code --quiet} only warnings and errors, the
 * default also progress and information lines, {@code --debug} everything with logger and thread names and
 * stack traces. Read before anything logs, since logging is configured first, by parsing the arguments as the
 * command will: a {@code -q} after {@code --} (a file named {@code -q}) is not the option, one in a cluster
 * ({@code -qp 2}) is, and a command without the option ({@code validate}) does not take it.
 *
 * <pre>{@code Verbosity v = Verbosity.of("run", "pipeline.yaml", "--quiet"); // QUIET}</pre>
 */
enum Verbosity {
    QUIET, NORMAL, DEBUG;

    /**
     * {@code --debug} wins over {@code --quiet} (it asks for detail); neither gives the default, as does a command
     * line that does not parse (its error is reported when the command runs).
     */
    static Verbosity of(String... args) {
        ParseResult parsed;
        try {
            parsed = new CommandLine(new SluiceCommand()).parseArgs(args);
        } catch (CommandLine.PicocliException invalid) {
            return NORMAL;
        }
        boolean quiet = false;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return DEBUG;
            }
            quiet |= p.hasMatchedOption("--quiet");
        }
        return quiet ? QUIET : NORMAL;
    }
}
