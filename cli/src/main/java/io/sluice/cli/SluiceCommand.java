package io.sluice.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code sluice} command and its sub-commands.
 *
 * <pre>{@code sluice run pipeline.yaml --parallelism 4}</pre>
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract-transform-load pipelines for NetCDF and tabular files.",
        subcommands = {RunCommand.class, ValidateCommand.class, PlanCommand.class, InspectCommand.class,
            ConvertCommand.class, ScheduleCommand.class, HistoryCommand.class, ReportCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the run failed, 2 the pipeline or the command line is invalid."})
public final class SluiceCommand implements Runnable {

    @Option(names = "--debug", description = "Show stack traces and debug logging.", scope =
            ScopeType.INHERIT)
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command: run, validate, plan, inspect, convert, schedule, history or report");
    }
}
