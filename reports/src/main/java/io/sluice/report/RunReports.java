package io.sluice.report;

import io.sluice.core.model.Pipeline;
import io.sluice.core.report.ObservedRun;
import io.sluice.core.report.RunRecorder;
import io.sluice.core.run.RunListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every run a listener that writes its report when it ends, succeeded or failed, into the
 * {@link ReportFolder} of a state directory. After a successful run it tells {@code notices} one line saying where
 * ({@code report: .../runs/<run-id>/report.html}); after a failed one it logs where at debug level only, so that
 * the run's error stays its one line ({@code sluice report last} finds the report). A report that cannot be
 * written is a warning line to {@code notices}: it never fails a run.
 *
 * <pre>{@code
 * RunReports reports = RunReports.in(Path.of("pipelines/.sluice"), System.err::println);
 * new LocalRunner(RunOptions.defaults().withListener(reports.listenerFor(pipeline))).run(pipeline);
 * }</pre>
 */
public final class RunReports {
    private static final Logger LOG = LoggerFactory.getLogger(RunReports.class);
    private final ReportFolder folder;
    private final Consumer<String> notices;

    private RunReports(ReportFolder folder, Consumer<String> notices) {
        this.folder = folder;
        this.notices = notices;
    }

    /** Reports into {@code stateFolder}'s runs folder; where they went, or why not, goes to {@code notices}. */
    public static RunReports in(Path stateFolder, Consumer<String> notices) {
        return new RunReports(ReportFolder.in(stateFolder), notices);
    }

    /** A new listener for one run of {@code pipeline}. */
    public RunListener listenerFor(Pipeline pipeline) {
        return RunRecorder.of(pipeline, this::write);
    }

    private void write(ObservedRun run) {
        try {
            Path html = folder.write(run).resolve(ReportFolder.HTML);
            if (ObservedRun.SUCCEEDED.equals(run.status())) {
                notices.accept("report: " + html);
            } else {
                LOG.debug("report of failed run {}: {}", run.runId(), html);
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            notices.accept("sluice: warning: run report not written to " + folder.folder() + ": " + why);
        }
    }
}
