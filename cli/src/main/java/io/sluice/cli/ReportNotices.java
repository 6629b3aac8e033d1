package io.sluice.cli;

import io.sluice.report.RunReports;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a run's report notices go on the command line: into the log, as every other line of the run, so that they
 * carry the run's id and {@code --quiet} silences the line saying where the report is (a report that could not be
 * written stays a warning). Standard output keeps the run's summary.
 *
 * <pre>{@code RunReports.in(state, ReportNotices.logged())}</pre>
 */
final class ReportNotices {
    private static final Logger LOG = LoggerFactory.getLogger(ReportNotices.class);

    private ReportNotices() {
    }

    /** Logs each notice: a warning as a warning, the report's place as information. */
    static Consumer<String> logged() {
        return line -> {
            if (line.startsWith(RunReports.WARNING)) {
                LOG.warn(line.substring(RunReports.WARNING.length()));
            } else {
                LOG.info(line);
            }
        };
    }
}
