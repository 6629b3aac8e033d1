package io.sluice.cli;

import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.CompiledPipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.PlannedRun;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import io.sluice.core.spi.Plugins;
import io.sluice.core.yaml.PipelineYamlPrinter;
import io.sluice.report.RunReports;
import io.sluice.scheduler.StateDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice convert INPUT OUTPUT}: converts a file by building the same pipeline a YAML file would hold
 * (source, optional split, table stages, sink) and running it; {@code --print-yaml} prints that pipeline instead.
 * Formats come from the file names (each installed plugin declares its extensions) or {@code --from}/{@code --to}.
 * Stages run in this order: {@code --derive}, {@code --filter}, {@code --columns} (select), {@code --rename}.
 * An option the chosen source or sink does not take is a usage error (exit code 2).
 *
 * <pre>{@code
 * sluice convert tas.nc tas.csv --variables tas --filter "lat >= 0" --derive tas_c="tas - 273.15"
 * sluice convert tas.nc tas.csv --split season --print-yaml > pipeline.yaml
 * }</pre>
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a file to another format, optionally selecting, filtering and deriving columns.",
            "Formats come from the file extensions, or --from/--to. Without a split every row is copied."})
final class ConvertCommand implements Callable<Integer>, LastRunId.Holder {
    private static final int MAX_PARALLELISM = 1024;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The file (or folder) to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "The file (or folder) to write.")
    Path output;

    @Option(names = "--from", paramLabel = "TYPE",
            description = "Source type, such as netcdf (default: from INPUT's extension).")
    String from;

    @Option(names = "--to", paramLabel = "TYPE",
            description = "Sink type, such as csv (default: from OUTPUT's extension).")
    String to;

    @Option(names = "--variables", split = ",", paramLabel = "NAME", description = "Variables the source reads.")
    List<String> variables;

    @Option(names = "--derive", paramLabel = "NAME=EXPR",
            description = "Add (or replace) a column computed from an expression; repeatable.")
    List<String> derive;

    @Option(names = "--filter", paramLabel = "EXPR", description = "Keep the rows where the condition is true.")
    String filter;

    @Option(names = "--columns", split = ",", paramLabel = "NAME", description = "Keep these columns, in this order.")
    List<String> columns;

    @Option(names = "--rename", split = ",", paramLabel = "OLD=NEW", description = "Rename columns.")
    List<String> rename;

    @Option(names = "--split", paramLabel = "TYPE",
            description = "Split into chunks labelled by period: season, month or year.")
    String split;

    @Option(names = "--partition-by", split = ",", paramLabel = "COLUMN",
            description = "Partition the output by these columns (sinks that write folders).")
    List<String> partitionBy;

    @Option(names = "--codec", paramLabel = "NAME",
            description = "Compression codec of the output, such as zstd (sinks that compress).")
    String codec;

    @Option(names = "--overwrite", description = "Replace OUTPUT if it exists (default: fail).")
    boolean overwrite;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer parallelism;

    @Option(names = "--state", paramLabel = "DIR", description = "Where the run's report is written, in runs/RUN-ID"
            + " (default: .sluice in the current folder, where 'sluice report last' looks).")
    Path state;

    @Option(names = "--print-yaml", description = "Print the pipeline as YAML instead of running it.")
    boolean printYaml;

    @Mixin
    QuietOption quiet;

    @Spec
    CommandSpec spec;

    private final LastRunId lastRun = new LastRunId();

    @Override
    public Optional<String> lastRunId() {
        return lastRun.get();
    }

    @Override
    public Integer call() {
        RunOptions options = options();
        Pipeline pipeline = pipeline();
        Problems problems = new Problems();
        CompiledPipeline compiled = CompiledPipeline.compile(pipeline, Plugins.installed(), problems);
        try {
            if (!printYaml) {
                PlannedRun.validate(compiled, problems);
            }
        } finally {
            close(compiled);
        }
        if (!problems.isEmpty()) {
            return usageError(problems.list(), pipeline);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (printYaml) {
            out.print(PipelineYamlPrinter.print(pipeline));
        } else {
            try {
                Path stateFolder = state != null ? state : Path.of(StateDirectory.DEFAULT_NAME);
                RunListener reporting = RunReports.in(stateFolder, ReportNotices.logged())
                        .listenerFor(pipeline);
                RunReport report = new LocalRunner(options.withListener(RunListener.all(
                        RunProgress.onConsole(quiet.quiet()), reporting, lastRun))).run(pipeline);
                out.print(report.summary());
            } catch (PipelineInvalidException e) {
                return usageError(e.problems(), pipeline);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private RunOptions options() {
        RunOptions options = RunOptions.defaults();
        if (parallelism != null) {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new ParameterException(spec.commandLine(),
                        "--parallelism must be between 1 and " + MAX_PARALLELISM + ", got " + parallelism);
            }
            options = options.withParallelism(parallelism);
        }
        return options;
    }

    /** The pipeline the options describe, each setting located at the option that gave it. */
    Pipeline pipeline() {
        FileFormats formats = FileFormats.of(Plugins.installed());
        String sourceType;
        String sinkType;
        try {
            sourceType = from != null ? from : formats.sourceType(input);
            sinkType = to != null ? to : formats.sinkType(output);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Config source = Config.empty("", at("INPUT")).with("type", sourceType, at(from != null ? "--from" : "INPUT"))
                .with("path", input.toString(), at("INPUT"));
        if (variables != null) {
            source = source.with("variables", variables, at("--variables"));
        }
        Config sink = Config.empty("", at("OUTPUT")).with("type", sinkType, at(to != null ? "--to" : "OUTPUT"))
                .with("path", output.toString(), at("OUTPUT")).with("overwrite", overwrite, at("--overwrite"));
        if (codec != null) {
            sink = sink.with("codec", codec, at("--codec"));
        }
        if (partitionBy != null) {
            sink = sink.with("partition-by", partitionBy, at("--partition-by"));
        }
        Pipeline.Builder b = Pipeline.builder("convert").baseDirectory(Path.of("")).source(source).sink(sink);
        if (split != null) {
            b.split(Config.empty("", at("--split")).with("type", split, at("--split")));
        }
        try {
            ConvertStages.of(derive, filter, columns, rename).forEach(b::stage);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return b.build();
    }

    /** A location naming the option (or argument) a setting came from. */
    static Location at(String option) {
        return Location.of(option, 0, 0);
    }

    /** Each problem as one line naming the option (or argument) it came from; exit code 2. */
    private int usageError(List<Problem> problems, Pipeline pipeline) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) {
            err.println("sluice: " + ConvertProblems.describe(p, pipeline));
        }
        err.println("Try 'sluice convert --help' for more information.");
        err.flush();
        return ExitCodes.INVALID;
    }

    private static void close(CompiledPipeline compiled) {
        try {
            if (compiled.source() != null) {
                compiled.source().close();
            }
        } catch (IOException | RuntimeException ignored) {
            // the problems found are what matters
        }
    }
}
