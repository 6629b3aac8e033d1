package io.sluice.scheduler;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;

/**
 * Turns a failure into the one line that history and logs show: every problem of an invalid pipeline, or the
 * run's own message.
 *
 * <pre>{@code history.end(id, now, RunRecord.FAILED, 0, 0, 0, null, FailureText.of(e));}</pre>
 */
public final class FailureText {
    private FailureText() {
    }

    /** The failure in one line. */
    public static String of(Throwable e) {
        if (e instanceof PipelineInvalidException invalid) {
            return String.join("; ", invalid.problems().stream().map(Problem::toString).toList());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').strip();
    }
}
