package io.sluice.benchmarks;

import io.sluice.converters.split.Splits;
import io.sluice.core.data.GridBatch;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import io.sluice.netcdf.NetcdfSource;
import io.sluice.testdata.CfCalendar;
import io.sluice.testdata.FixtureVariable;
import io.sluice.testdata.FixtureWriter;
import io.sluice.testdata.Frequency;
import io.sluice.testdata.GridFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading 90-step slices (a season) of {@code tas} and {@code pr} from a NetCDF-3 file through the NetCDF
 * source, block by block, as a worker does: decoding, unpacking and marking missing values included. The file
 * is one year of the D3 layout (daily, 73 x 144, interleaved float32 records, pr with missing values), written
 * by the test-data generator in setup. Scores are nanoseconds per value delivered.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar NetcdfReadBenchmark -p blockMiB=8}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NetcdfReadBenchmark {
    static final int STEPS = 90;
    static final int VALUES = STEPS * 73 * 144 * 2;

    /** The reader's block size bound in MiB (the runner's default is 8). */
    @Param({"8"})
    public int blockMiB;

    Path dir;
    Source source;
    List<Chunk> chunks;
    int next;

    /** Writes the file (about 31 MB) and plans 90-step chunks over it. */
    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("sluice-bench-nc");
        GridFixture year = GridFixture.builder("d3_one_year").calendar(CfCalendar.STANDARD)
                .frequency(Frequency.DAILY).years(1981, 1).grid(73, 144).timeUnits("days since 1850-01-01")
                .unlimitedTime(true).seed(42).variable(FixtureVariable.tas()).variable(FixtureVariable.pr())
                .build();
        FixtureWriter.write(year, dir.resolve("d3_one_year.nc"));
        source = Components.source(NetcdfSource.at("d3_one_year.nc", "tas", "pr"), dir);
        ChunkPlan plan = Components.split(Splits.steps(STEPS), dir).plan(source.describe());
        chunks = plan.chunks().stream()
                .filter(c -> c.slice() instanceof IndexRange r && r.length() == STEPS).toList();
    }

    /** Reads the next full 90-step chunk; returns the number of values read. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long readSeasonSlice() throws IOException {
        Chunk chunk = chunks.get(next);
        next = (next + 1) % chunks.size();
        return readAll(chunk);
    }

    long readAll(Chunk chunk) throws IOException {
        long values = 0;
        try (BatchReader reader = source.open(chunk, (long) blockMiB << 20)) {
            for (GridBatch b = reader.nextGrid(); b != null; b = reader.nextGrid()) {
                for (String v : b.variables()) {
                    values += b.values(v).length;
                }
            }
        }
        return values;
    }

    /** Closes the source and deletes the file. */
    @TearDown
    public void tearDown() throws IOException {
        source.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
