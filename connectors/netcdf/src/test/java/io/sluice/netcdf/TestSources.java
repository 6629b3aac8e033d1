package io.sluice.netcdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.GridBatch;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Creating sources and reading slices in tests. */
final class TestSources {
    /** The committed fixtures; surefire runs in the module folder. */
    static final Path TESTDATA = Path.of("../../testdata");

    private TestSources() {
    }

    /** A committed fixture; the test fails when it is missing. */
    static Path fixture(String name) {
        Path p = TESTDATA.resolve(name);
        assertThat(p).as("committed fixture (regenerate with GenerateFixtures)").isRegularFile();
        return p;
    }

    /** A source from settings, as a pipeline would create it at path {@code source}; fails on setting problems. */
    static NetcdfFileSource create(Config config, Path base) {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config.atPath("source"), problems, base);
        Source s = new NetcdfSourceFactory().create(reader);
        reader.finish();
        problems.throwIfAny();
        return (NetcdfFileSource) s;
    }

    /** A source reading {@code variables} (all on the time grid when none) of {@code file}. */
    static NetcdfFileSource create(Path file, String... variables) {
        return create(NetcdfSource.at(file.getFileName().toString(), variables), file.toAbsolutePath().getParent());
    }

    /** A chunk of steps {@code [from, to)}. */
    static Chunk chunk(String dimension, int from, int to) {
        return Chunk.of(0, "c", Map.of(), IndexRange.of(dimension, from, to), true, 0);
    }

    /** Every value of {@code variable} in steps {@code [from, to)}, read in blocks of at most maxBatchBytes. */
    static double[] read(Source source, String variable, int from, int to, long maxBatchBytes) throws IOException {
        String dim = source.describe().time().name();
        int cells = (int) source.describe().cellsPerStep();
        double[] out = new double[(to - from) * cells];
        int at = 0;
        try (BatchReader r = source.open(chunk(dim, from, to), maxBatchBytes)) {
            for (GridBatch b = r.nextGrid(); b != null; b = r.nextGrid()) {
                double[] v = b.values(variable);
                System.arraycopy(v, 0, out, at, v.length);
                at += v.length;
            }
        }
        if (at != out.length) {
            throw new AssertionError("read " + at + " values; expected " + out.length);
        }
        return out;
    }
}
