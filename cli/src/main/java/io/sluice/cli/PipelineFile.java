package io.sluice.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The {@code PIPELINE} argument shared by the commands that take a pipeline file.
 *
 * <pre>{@code @Mixin PipelineFile file;   ...   PipelineFiles.plan(file.path())}</pre>
 */
final class PipelineFile {

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (YAML).")
    private Path path;

    /** The pipeline file as given on the command line. */
    Path path() {
        return path;
    }
}
