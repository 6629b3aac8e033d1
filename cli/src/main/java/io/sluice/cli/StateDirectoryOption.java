package io.sluice.cli;

import io.sluice.scheduler.StateDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --state DIR} option of the commands that read a state directory ({@code history}, {@code report}).
 *
 * <pre>{@code @Mixin StateDirectoryOption state;   ...   StateDirectory dir = state.resolve(pipelineFile);}</pre>
 */
final class StateDirectoryOption {

    @Option(names = "--state", paramLabel = "DIR",
            description = "State directory (default: .sluice beside the pipeline file, or in the current folder).")
    private Path state;

    /** {@code --state}, else {@code .sluice} beside {@code pipelineFile} when there is one, else {@code ./.sluice}. */
    StateDirectory resolve(Path pipelineFile) {
        if (state != null) {
            return StateDirectory.at(state);
        }
        return pipelineFile != null ? StateDirectory.besides(pipelineFile)
                : StateDirectory.at(Path.of(StateDirectory.DEFAULT_NAME));
    }
}
