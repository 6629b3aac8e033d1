package io.sluice.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code sluice} command. Exit codes: 0 success, 1 the run failed, 2 the pipeline or the
 * command line is invalid.
 *
 * <pre>{@code java -jar sluice.jar run examples/seasonal-means/pipeline.yaml --parallelism 4}</pre>
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        Verbosity verbosity = Verbosity.of(args);
        boolean debug = verbosity == Verbosity.DEBUG;
        Logging.configure(verbosity);
        CommandLine cli = new CommandLine(new SluiceCommand());
        cli.setExecutionExceptionHandler(new FailureHandler(debug));
        cli.setParameterExceptionHandler((e, a) -> {
            // one line, like every other error: the problem, then where to read more
            e.getCommandLine().getErr().println("sluice: " + e.getMessage().replace('\n', ' ') + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.INVALID;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("sluice: ran out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); lower --parallelism or give the JVM more memory with JAVA_OPTS=-Xmx...");
            return ExitCodes.FAILED;
        }
    }
}
