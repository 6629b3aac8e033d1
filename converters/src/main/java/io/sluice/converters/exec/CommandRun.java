package io.sluice.converters.exec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program to its end, without a shell: its argument list as given, in a working directory, with only the
 * environment given (and the {@code PATH} inherited, so that programs are found), standard output and error
 * written to files in a scratch folder (so that a chatty program never blocks on a full pipe). A program that
 * runs longer than the timeout, or still runs when its worker is interrupted or the JVM shuts down
 * ({@link RunningCommands}), is killed with every process it started. A non-zero exit gives a
 * {@link CommandFailure} with the command, the exit code and the last lines of its error output; a time-out, or
 * an exit code listed as retryable, a {@link TransientCommandFailure}.
 *
 * <pre>{@code
 * new CommandRun(Path.of("."), Map.of(), Duration.ofMinutes(5), Set.of())
 *         .run(List.of("cdo", "-s", "timmean", "in.nc", "out.nc"), scratch);
 * }</pre>
 *
 * @param workingDirectory where the program runs
 * @param environment the variables the program sees besides {@code PATH}
 * @param timeout how long the program may run
 * @param retryExitCodes exit codes that mean "try again later"
 */
record CommandRun(Path workingDirectory, Map<String, String> environment, Duration timeout,
                  Set<Integer> retryExitCodes) {
    /** Lines of the error output quoted in a failure. */
    static final int STDERR_LINES = 20;

    /** Copies the maps. */
    CommandRun {
        environment = Map.copyOf(environment);
        retryExitCodes = Set.copyOf(retryExitCodes);
    }

    /** Runs {@code argv} to its end; {@code scratch} receives {@code stdout.txt} and {@code stderr.txt}. */
    void run(List<String> argv, Path scratch) throws IOException {
        Path stderr = scratch.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDirectory.toFile())
                .redirectOutput(scratch.resolve("stdout.txt").toFile()).redirectError(stderr.toFile());
        String path = System.getenv("PATH");
        builder.environment().clear();
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        builder.environment().putAll(environment);
        Process process = start(builder, argv);
        try {
            await(process, argv, stderr);
        } finally {
            RunningCommands.remove(process);
        }
    }

    private void await(Process process, List<String> argv, Path stderr) throws IOException {
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            RunningCommands.killTree(process);
            Thread.currentThread().interrupt();
            throw new CommandFailure("`" + CommandTemplate.display(argv) + "` was stopped: the run was interrupted", e);
        }
        if (!finished) {
            RunningCommands.killTree(process);
            throw new TransientCommandFailure("`" + CommandTemplate.display(argv) + "` timed out after "
                    + describe(timeout) + " and was killed with the processes it started" + tail(stderr));
        }
        int code = process.exitValue();
        if (code != 0) {
            String message = "`" + CommandTemplate.display(argv) + "` exited with code " + code + tail(stderr);
            if (retryExitCodes.contains(code)) {
                throw new TransientCommandFailure(message);
            }
            throw new CommandFailure(message);
        }
    }

    private Process start(ProcessBuilder builder, List<String> argv) {
        try {
            Process process = builder.start();
            RunningCommands.add(process);
            return process;
        } catch (IOException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new CommandFailure("cannot run `" + CommandTemplate.display(argv) + "`: program '" + argv.get(0)
                    + "' could not be started in " + workingDirectory + " (" + reason.replace('\n', ' ') + ")", e);
        }
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
