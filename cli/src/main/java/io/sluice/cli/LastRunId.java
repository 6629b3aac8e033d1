package io.sluice.cli;

import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunStart;
import java.util.Optional;

/**
 * Remembers the id of the last run a command started, as its listener hears it (also of a run that failed
 * before its plan was made), so that the command's error line can name it: {@code sluice: run
 * 20261125-120102-3fa1c2: ...}, the id {@code sluice history} lists.
 *
 * <pre>{@code
 * LastRunId lastRun = new LastRunId();
 * options = options.withListener(RunListener.all(progress, lastRun));
 * }</pre>
 */
final class LastRunId implements RunListener {
    private volatile String id;

    /** A command that starts runs, whose failures name the last one. */
    interface Holder {
        /** The id of the last run the command started, or empty before any. */
        Optional<String> lastRunId();
    }

    @Override
    public void runStarted(RunStart start) {
        id = start.runId();
    }

    @Override
    public void runFailed(String runId, RuntimeException failure) {
        id = runId;
    }

    /** Remembers an id the listener did not hear, such as the history's id of an incremental run. */
    void remember(String runId) {
        id = runId;
    }

    /** The id of the last run, or empty before any. */
    Optional<String> get() {
        return Optional.ofNullable(id);
    }
}
