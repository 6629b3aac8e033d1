package io.sluice.cli;

import io.sluice.core.run.PlannedRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sluice validate PIPELINE}: checks a pipeline without reading data values and prints every problem with
 * its file, line and column (exit code 2), or a one-line confirmation.
 *
 * <pre>{@code sluice validate pipeline.yaml}</pre>
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pipeline: settings, plugins, variables and plan; no data values are read.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    PipelineFile pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlannedRun planned = PipelineFiles.plan(pipeline.path());
        spec.commandLine().getOut().printf("%s: pipeline %s is valid (%d chunks)%n", pipeline.path(),
                planned.compiled().pipeline().name(), planned.plan().chunks().size());
        return ExitCodes.OK;
    }
}
