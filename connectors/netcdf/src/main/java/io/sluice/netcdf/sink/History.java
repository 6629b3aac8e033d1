package io.sluice.netcdf.sink;

import io.sluice.core.run.SluiceVersion;
import io.sluice.core.spi.RunContext;

/**
 * The CF {@code history} line Sluice appends to the source's history: when the run started (ISO 8601, UTC),
 * the Sluice version, the pipeline's name and the hash of its settings.
 *
 * <pre>{@code
 * History.line(context)  // "2026-11-25T10:45:06Z sluice 0.1.0: pipeline tas-seasmean (sha256:3f2a...)"
 * }</pre>
 */
final class History {
    private static final String VERSION = SluiceVersion.current();

    private History() {
    }

    /** The line for this run. */
    static String line(RunContext context) {
        return context.started() + " sluice " + VERSION + ": pipeline " + context.pipelineName() + " ("
                + context.pipelineHash() + ")";
    }

    /** {@code previous} with the run's line appended on a line of its own. */
    static String appended(String previous, RunContext context) {
        return previous == null || previous.isBlank() ? line(context) : previous.stripTrailing() + "\n" + line(context);
    }

    /** The Sluice version Maven wrote into the jar. */
    static String version() {
        return VERSION;
    }
}
