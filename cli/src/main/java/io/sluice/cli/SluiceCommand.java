package io.sluice.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code sluice} command and its sub-commands.
 *
 * <pre>{@code sluice run pipeline.yaml --parallelism 4}</pre>
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract-transform-load pipelines for NetCDF and tabular files.",
        subcommands = {RunCommand.class, ValidateCommand.class, PlanCommand.class, InspectCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the run failed, 2 the pipeline or the command line is invalid."})
public final class SluiceCommand implements Runnable {

    @Option(names = "--debug", description = "Show stack traces and debug logging.", scope =
            picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: run, validate, plan or inspect");
    }
}
