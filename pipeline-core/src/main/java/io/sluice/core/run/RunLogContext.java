package io.sluice.core.run;

import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * Marks the log lines of a run with its id: the runner puts the id in slf4j's MDC under {@link #KEY} on the
 * thread that runs the pipeline and, for each chunk, on the worker that processes it, and removes it when the
 * work is done (pool threads are reused). A logging backend prints it with a pattern such as {@code %X{run}}.
 *
 * <pre>{@code pool.submit(RunLogContext.carrying(runId, () -> attempts.process(chunk)));}</pre>
 */
public final class RunLogContext {
    /** The MDC key that holds the run id. */
    public static final String KEY = "run";

    private RunLogContext() {
    }

    /** Puts the run id on this thread until the returned handle is closed. */
    public static MDC.MDCCloseable open(String runId) {
        return MDC.putCloseable(KEY, runId);
    }

    /** The task, run with the run id on whichever thread runs it, and without it afterwards. */
    public static <T> Callable<T> carrying(String runId, Callable<T> task) {
        return () -> {
            try (MDC.MDCCloseable ignored = open(runId)) {
                return task.call();
            }
        };
    }
}
