package io.sluice.converters.exec;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The commands running in this JVM, so that none outlives it: when the JVM shuts down (SIGTERM, Ctrl-C, the end
 * of {@code main}) every command still running is killed with the processes it started, as a time-out kills it.
 *
 * <pre>{@code RunningCommands.add(process); try { ... } finally { RunningCommands.remove(process); }}</pre>
 */
final class RunningCommands {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Thread HOOK = new Thread(RunningCommands::killAll, "sluice-kill-commands");

    static {
        try {
            Runtime.getRuntime().addShutdownHook(HOOK);
        } catch (IllegalStateException shuttingDown) {
            // no new command can start in a JVM that is shutting down
        }
    }

    private RunningCommands() {
    }

    static void add(Process process) {
        RUNNING.add(process);
    }

    static void remove(Process process) {
        RUNNING.remove(process);
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
        RUNNING.forEach(RunningCommands::killTree);
    }
}
