package io.sluice.cli;

import io.sluice.core.yaml.PipelineYaml;
import io.sluice.scheduler.RunHistory;
import io.sluice.scheduler.RunRecord;
import io.sluice.scheduler.StateDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice history [PIPELINE]}: the recorded runs, scheduled and manual, oldest first.
 *
 * <pre>{@code
 * sluice history pipelines/nightly.yaml      # its runs, from .sluice beside the file
 * sluice history --state pipelines/.sluice   # every pipeline's runs
 * }</pre>
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show recorded runs: start, end, status, counts, retries and report location.")
final class HistoryCommand implements Callable<Integer> {
    private static final String FORMAT = "%-22s %-20s %-8s %-20s %9s %-11s %6s %6s %9s %7s  %s%n";

    @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE",
            description = "A pipeline file, or a pipeline's name (default: every pipeline).")
    String pipeline;

    @Mixin
    StateDirectoryOption state;

    @Option(names = "--last", paramLabel = "N", defaultValue = "50",
            description = "Show the last N runs (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = pipeline;
        Path file = pipeline != null && Files.isRegularFile(Path.of(pipeline)) ? Path.of(pipeline) : null;
        if (file != null) {
            name = PipelineYaml.load(file).name();
        }
        StateDirectory dir = state.resolve(file);
        List<RunRecord> runs = RunHistory.of(dir).runs(name);
        PrintWriter out = spec.commandLine().getOut();
        if (runs.isEmpty()) {
            out.println("no runs recorded" + (name == null ? "" : " for pipeline " + name) + " in " + dir);
            out.flush();
            return ExitCodes.OK;
        }
        out.printf(FORMAT, "RUN", "PIPELINE", "TRIGGER", "STARTED", "TOOK", "STATUS", "INPUTS", "CHUNKS", "ROWS",
                "RETRIES", "REPORT");
        for (RunRecord r : runs.subList(Math.max(0, runs.size() - Math.max(1, last)), runs.size())) {
            out.printf(FORMAT, r.id(), r.pipeline(), r.trigger(), r.started().truncatedTo(ChronoUnit.SECONDS),
                    took(r.elapsed()), r.status(), r.inputs(), r.chunks(), r.rows(), r.retries(),
                    r.report() == null ? "-" : r.report());
            if (r.message() != null) {
                out.println("    " + r.message());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String took(Duration d) {
        return d == null ? "-" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
