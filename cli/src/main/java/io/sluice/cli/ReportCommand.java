package io.sluice.cli;

import io.sluice.report.ReportFile;
import io.sluice.report.ReportFolder;
import io.sluice.report.ReportLookup;
import io.sluice.scheduler.StateDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice report RUN [PIPELINE]}: prints the summary of a run from its {@code report.json}. RUN is a run
 * id, the start of one, {@code last}, or the path of a report.json (or of its run folder).
 *
 * <pre>{@code
 * sluice report last examples/seasonal-means/pipeline.yaml    # from .sluice beside the pipeline file
 * sluice report 20261125-1201 --state pipelines/.sluice --html
 * }</pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the summary of a run from its report (report.json), or where its report.html is.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN",
            description = "A run id, the start of one, 'last', or the path of a report.json.")
    String run;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PIPELINE",
            description = "The pipeline file whose state directory holds the run (.sluice beside it).")
    Path pipeline;

    @Mixin
    StateDirectoryOption state;

    @Option(names = "--html", description = "Print only the path of the run's report.html.")
    boolean html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StateDirectory dir = state.resolve(pipeline);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path json;
        try {
            json = ReportLookup.in(ReportFolder.in(dir.folder())).find(run);
        } catch (IllegalArgumentException e) {
            err.println("sluice: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } catch (IOException e) {
            err.println("sluice: " + dir.folder() + ": cannot list run reports: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        try {
            ReportFile report = ReportFile.read(json);
            out.print(html ? json.resolveSibling(ReportFolder.HTML) + System.lineSeparator() : report.summary());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("sluice: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
    }
}
