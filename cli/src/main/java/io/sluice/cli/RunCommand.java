package io.sluice.cli;

import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import io.sluice.core.yaml.PipelineYaml;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sluice run PIPELINE}: runs a pipeline and prints its report.
 *
 * <pre>{@code sluice run examples/seasonal-means/pipeline.yaml --parallelism 2}</pre>
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a pipeline and publish its output.")
final class RunCommand implements Callable<Integer> {
    private static final int MAX_PARALLELISM = 1024;

    @Mixin
    PipelineFile pipeline;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer parallelism;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunOptions options = RunOptions.defaults();
        if (parallelism != null) {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new ParameterException(spec.commandLine(),
                        "--parallelism must be between 1 and " + MAX_PARALLELISM + ", got " + parallelism);
            }
            options = options.withParallelism(parallelism);
        }
        RunReport report = new LocalRunner(options).run(PipelineYaml.load(pipeline.path()));
        spec.commandLine().getOut().print(report.summary());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
