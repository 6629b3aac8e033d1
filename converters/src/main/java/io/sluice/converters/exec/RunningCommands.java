package io.sluice.converters.exec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The commands running in this JVM, so that none outlives it: when the JVM shuts down (SIGTERM, Ctrl-C, the end
 * of {@code main}) every command still running is killed with the processes it started, as a time-out kills it,
 * and a command that starts after that moment is killed at once and fails its chunk ("the run was interrupted").
 * The runner's own shutdown step stops its workers before it removes the staging folder, so by then no command
 * writes there.
 *
 * <pre>{@code RunningCommands.add(process, argv); try { ... } finally { RunningCommands.remove(process); }}</pre>
 */
final class RunningCommands {
    private static final Object LOCK = new Object();
    private static final Set<Process> RUNNING = new HashSet<>();
    private static boolean shuttingDown;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(RunningCommands::killAll, "sluice-kill-commands"));
        } catch (IllegalStateException alreadyShuttingDown) {
            shuttingDown = true;
        }
    }

    private RunningCommands() {
    }

    /**
     * Records a command that has just started; when the JVM is shutting down it is killed at once instead and a
     * {@link CommandFailure} says the run was interrupted.
     */
    static void add(Process process, List<String> argv) {
        synchronized (LOCK) {
            if (!shuttingDown) {
                RUNNING.add(process);
                return;
            }
        }
        killTree(process);
        throw stopped(argv);
    }

    static void remove(Process process) {
        synchronized (LOCK) {
            RUNNING.remove(process);
        }
    }

    /** Whether the JVM is shutting down, so that whatever a command did counts for nothing. */
    static boolean shuttingDown() {
        synchronized (LOCK) {
            return shuttingDown;
        }
    }

    /** The failure of a command stopped because its run was interrupted. */
    static CommandFailure stopped(List<String> argv) {
        return new CommandFailure("`" + CommandTemplate.display(argv) + "` was stopped: the run was interrupted");
    }

    /** Kills a command's descendants (listed while they still are its descendants), then the command. */
    static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void killAll() {
        List<Process> running;
        synchronized (LOCK) {
            shuttingDown = true;
            running = new ArrayList<>(RUNNING);
        }
        running.forEach(RunningCommands::killTree);
    }
}
