package io.sluice.core.run;

import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * Marks the log lines of a run with its id: the runner puts the id in slf4j's MDC under {@link #KEY} on the
 * thread that runs the pipeline and, for each chunk, on the worker that processes it, and puts back what the
 * thread had before when the work is done (pool threads are reused; a run started inside another run's log
 * line, such as a scheduled run's, keeps the outer id afterwards). A logging backend prints it with a pattern
 * such as {@code %X{run}}.
 *
 * <pre>{@code pool.submit(RunLogContext.carrying(runId, () -> attempts.process(chunk)));}</pre>
 */
public final class RunLogContext {
    /** The MDC key that holds the run id. */
    public static final String KEY = "run";

    private RunLogContext() {
    }

    /** A run id on a thread, until closed; closing puts back the id the thread had before, or none. */
    @FunctionalInterface
    public interface Marked extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Puts the run id on this thread until the returned handle is closed.
     *
     * <pre>{@code try (RunLogContext.Marked m = RunLogContext.open(runId)) { LOG.info("started"); }}</pre>
     */
    public static Marked open(String runId) {
        String previous = MDC.get(KEY);
        MDC.put(KEY, runId);
        return () -> {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        };
    }

    /** The task, run with the run id on whichever thread runs it, and with that thread's own id afterwards. */
    public static <T> Callable<T> carrying(String runId, Callable<T> task) {
        return () -> {
            try (Marked ignored = open(runId)) {
                return task.call();
            }
        };
    }
}
