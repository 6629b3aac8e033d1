package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source inside the real local runner: parallel chunks, stitched output, errors with file and chunk. */
class LocalRunnerIT {
    @TempDir
    Path dir;

    private static Pipeline pipeline(Path base, Config source, String sinkName) {
        return Pipeline.builder("netcdf-" + sinkName).baseDirectory(base).source(source)
                .split(Config.ofType("fake-steps").with("size", 45).with("parity", false))
                .sink(Config.ofType("memory").with("name", sinkName).with("header", false)).build();
    }

    @Test
    void fourWorkersWriteExactlyWhatOneWorkerWrites() {
        Path base = TestSources.fixture("multi_daily_small.nc").toAbsolutePath().getParent();
        Config source = NetcdfSource.at("multi_daily_small.nc");
        RunReport one = new LocalRunner(RunOptions.defaults().withParallelism(1).withMaxBatchBytes(4096))
                .run(pipeline(base, source, "one"));
        RunReport four = new LocalRunner(RunOptions.defaults().withParallelism(4).withMaxBatchBytes(1 << 20))
                .run(pipeline(base, source, "four"));
        List<String> rows = MemorySink.COMMITTED.get("one");
        assertThat(rows).hasSize(1461 * 48);
        assertThat(MemorySink.COMMITTED.get("four")).isEqualTo(rows);
        assertThat(rows.get(0)).startsWith("1981-01-01T12:00:00,-75.0,0.0,");
        assertThat(four.chunks()).hasSize(33);
        assertThat(one.chunks()).hasSize(33);
    }

    @Test
    void aMisspeltVariableStopsTheRunBeforeAnyRead() {
        Path base = TestSources.fixture("multi_daily_small.nc").toAbsolutePath().getParent();
        assertThatThrownBy(() -> new LocalRunner(RunOptions.defaults())
                .run(pipeline(base, NetcdfSource.at("multi_daily_small.nc", "tass"), "typo")))
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessage("java dsl: source.variables[0]: 'tass' is not in multi_daily_small.nc; available: pr,"
                        + " tas. Did you mean 'tas'?");
    }

    @Test
    void aTruncatedFileFailsTheRunNamingTheFileAndTheChunk() throws IOException {
        Path full = TestSources.fixture("tas_daily_noleap.nc");
        byte[] bytes = Files.readAllBytes(full);
        Files.write(dir.resolve("cut.nc"), java.util.Arrays.copyOf(bytes, bytes.length - 10_000));
        assertThatThrownBy(() -> new LocalRunner(RunOptions.defaults().withParallelism(2))
                .run(pipeline(dir, NetcdfSource.at("cut.nc"), "cut")))
                .isInstanceOf(RunFailedException.class)
                .hasMessageMatching("cut\\.nc chunk c2[0-9] \\(time [0-9]+\\.\\.[0-9]+\\): read failed: unexpected end"
                        + " of file: tas steps .*");
    }
}
