package io.sluice.converters.exec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one program to its end, without a shell: its argument list as given, in a working directory, with this
 * JVM's environment plus the stage's {@code env} (or, with {@code inherit-env: false}, only {@code PATH} and
 * {@code env}), the program looked up on that environment's {@code PATH}. Its standard input is empty
 * ({@code /dev/null}), its standard output is discarded and its error output goes to a file in the scratch folder
 * (so that a chatty program never blocks on a full pipe). A program that runs longer than the timeout, or still
 * runs when its worker is interrupted or the JVM shuts down ({@link RunningCommands}), is killed with every
 * process it started. A non-zero exit gives a {@link CommandFailure} with the command, the exit code and the last
 * lines of its error output, one that may pass on a retry for a time-out or an exit code listed as retryable.
 *
 * <pre>{@code
 * new CommandRun(Path.of("."), Map.of(), true, Duration.ofMinutes(5), Set.of())
 *         .run(List.of("cdo", "-s", "timmean", "in.nc", "out.nc"), scratch);
 * }</pre>
 *
 * @param workingDirectory where the program runs
 * @param environment the variables set for the program (over the inherited ones)
 * @param inheritEnvironment whether the program sees this JVM's environment, or only {@code PATH} and the above
 * @param timeout how long the program may run
 * @param retryExitCodes exit codes that mean "try again later"
 */
record CommandRun(Path workingDirectory, Map<String, String> environment, boolean inheritEnvironment,
                  Duration timeout, Set<Integer> retryExitCodes) {
    /** Lines of the error output quoted in a failure. */
    static final int STDERR_LINES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(CommandRun.class);

    /** Copies the maps. */
    CommandRun {
        environment = Map.copyOf(environment);
        retryExitCodes = Set.copyOf(retryExitCodes);
    }

    /** The {@code PATH} the program sees, on which it is looked up. */
    String path() {
        return environment.getOrDefault("PATH", System.getenv("PATH"));
    }

    /** Runs {@code argv} to its end; {@code scratch} receives {@code stderr.txt}. */
    void run(List<String> argv, Path scratch) {
        Path stderr = scratch.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(resolved(argv)).directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
        if (!inheritEnvironment) {
            builder.environment().clear();
            builder.environment().put("PATH", path());
        }
        builder.environment().putAll(environment);
        LOG.debug("running `{}` in {}", CommandTemplate.display(argv), workingDirectory);
        long started = System.nanoTime();
        Process process = start(builder, argv);
        try {
            int code = await(process, argv, stderr);
            LOG.debug("`{}` exited with code {} after {} ms", CommandTemplate.display(argv), code,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } finally {
            RunningCommands.remove(process);
        }
    }

    /** {@code argv} with its program found on {@link #path()}, as Java itself would look on its own PATH. */
    private List<String> resolved(List<String> argv) {
        String name = argv.get(0);
        boolean relative = name.contains("/") && !Path.of(name).isAbsolute();
        Path program = ProgramLookup.find(relative ? workingDirectory.resolve(name).toString() : name, path());
        if (program == null) {
            throw new CommandFailure("cannot run `" + CommandTemplate.display(argv) + "`: program '" + argv.get(0)
                    + "' is not found on the PATH (" + path() + ") or is not executable");
        }
        List<String> out = new ArrayList<>(argv);
        out.set(0, program.toString());
        return out;
    }

    private int await(Process process, List<String> argv, Path stderr) {
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            RunningCommands.killTree(process);
            Thread.currentThread().interrupt();
            throw RunningCommands.stopped(argv);
        }
        if (!finished) {
            RunningCommands.killTree(process);
            throw CommandFailure.transientOne("`" + CommandTemplate.display(argv) + "` timed out after "
                    + describe(timeout) + " and was killed with the processes it started" + tail(stderr));
        }
        int code = process.exitValue();
        if (RunningCommands.shuttingDown()) {
            throw RunningCommands.stopped(argv);
        }
        if (code != 0) {
            String message = "`" + CommandTemplate.display(argv) + "` exited with code " + code + tail(stderr);
            throw retryExitCodes.contains(code) ? CommandFailure.transientOne(message) : new CommandFailure(message);
        }
        return code;
    }

    private Process start(ProcessBuilder builder, List<String> argv) {
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new CommandFailure("cannot run `" + CommandTemplate.display(argv) + "`: program '" + argv.get(0)
                    + "' could not be started in " + workingDirectory + " (" + reason.replace('\n', ' ') + ")");
        }
        RunningCommands.add(process, argv);
        return process;
    }

    private static String tail(Path stderr) {
        String tail = StderrTail.of(stderr, STDERR_LINES);
        return tail.isEmpty() ? "; no error output" : "; stderr: " + tail;
    }

    private static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 != 0 ? ms + "ms" : ms % 60_000 != 0 ? ms / 1000 + "s" : ms / 60_000 + "m";
    }
}
