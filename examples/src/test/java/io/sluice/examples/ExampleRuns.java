package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;

/**
 * Runs the conversion examples with their paths moved into a test folder: the source of {@code
 * netcdf-to-parquet} stays, its output and the inputs and outputs of the examples reading it are redirected.
 */
final class ExampleRuns {
    private ExampleRuns() {
    }

    /** Runs {@code examples/<example>/pipeline.yaml} reading {@code source} (null: as written) into {@code sink}. */
    static void run(String example, Path source, Path sink) throws Exception {
        Pipeline p = PipelineYaml.load(Path.of(example, "pipeline.yaml").toAbsolutePath());
        Pipeline.Builder b = Pipeline.builder(p.name()).baseDirectory(p.baseDirectory())
                .source(source == null ? p.source() : p.source().with("path", source.toString()))
                .split(p.split()).sink(p.sink().with("path", sink.toString()));
        p.stages().forEach(b::stage);
        new LocalRunner(RunOptions.defaults().withParallelism(2)).run(b.build());
    }

    /** The footer of a Parquet file, read by parquet-mr. */
    static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter();
        }
    }

    /** The rows of a Parquet file, from its footer. */
    static long rows(Path file) throws IOException {
        return footer(file).getBlocks().stream().mapToLong(b -> b.getRowCount()).sum();
    }

    /** Runs a Debian tool and returns what it printed; a missing tool or a failure fails the test. */
    static String tool(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test and is not installed"
                    + " (scripts/install-test-tools.sh installs it): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", List.of(command), out).isZero();
        return out;
    }
}
