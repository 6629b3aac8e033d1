package io.sluice.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where a run's report notices go on the command line: the line saying where the report is, or the warning
 * that it could not be written, each printed and flushed at once on standard error (standard output keeps
 * the run's summary).
 *
 * <pre>{@code RunReports.in(state, ReportNotices.to(spec.commandLine().getErr()))}</pre>
 */
final class ReportNotices {
    private ReportNotices() {
    }

    /** Prints each notice on {@code err}. */
    static Consumer<String> to(PrintWriter err) {
        return line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        };
    }
}
