package io.sluice.benchmarks;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import io.sluice.csv.CsvSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Formatting grid rows as CSV through the {@code csv} sink, into a part in the sink's staging folder: the
 * rows of a seasonal mean ({@code season,year,lat,lon,tas,pr,count}, doubles) and the rows of a
 * NetCDF-to-CSV conversion ({@code time,lat,lon,tas,pr}, float values, one row per cell and step).
 * Scores are nanoseconds per row.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar CsvWriteBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvWriteBenchmark {
    static final int CELLS = 73 * 144;
    static final int STEPS = 10;

    Path dir;
    Sink sink;
    SinkSession session;
    Table seasonalMeans;
    Table everyStep;

    /** Builds both tables (10,512 and 105,120 rows; 2 % of pr missing) and the sink. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("sluice-bench-csv");
        sink = Components.sink(CsvSink.at("out.csv"), dir);
        SyntheticGrid means = SyntheticGrid.of(73, 144, 1);
        seasonalMeans = GridTable.builder(means.space()).label("season", "DJF").label("year", "1982")
                .variable("tas", ColumnType.DOUBLE, means.values(280, 30, 0.0), Map.of())
                .variable("pr", ColumnType.DOUBLE, means.values(2e-5, 4e-5, 0.02), Map.of())
                .constant("count", ColumnType.LONG, "90").build();
        SyntheticGrid steps = SyntheticGrid.of(73, 144, STEPS);
        everyStep = GridTable.builder(steps.space()).time(steps.time())
                .variable("tas", ColumnType.FLOAT, floats(steps.values(280, 30, 0.0)), Map.of())
                .variable("pr", ColumnType.FLOAT, floats(steps.values(2e-5, 4e-5, 0.02)), Map.of())
                .build();
    }

    /** Values rounded to float, as a float32 variable's values arrive. */
    static double[] floats(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
        return values;
    }

    /** A fresh staging session per call (outside the measured time), so parts do not pile up on disk. */
    @Setup(Level.Invocation)
    public void begin() throws IOException {
        session = sink.begin();
    }

    /** Writes the seasonal-mean rows of one season as a part. */
    @Benchmark
    @OperationsPerInvocation(CELLS)
    public PartWriter seasonalMeanRows() throws IOException {
        return write(seasonalMeans);
    }

    /** Writes ten steps of every-cell rows with a time column as a part. */
    @Benchmark
    @OperationsPerInvocation(CELLS * STEPS)
    public PartWriter everyStepRows() throws IOException {
        return write(everyStep);
    }

    private PartWriter write(Table table) throws IOException {
        try (PartWriter w = session.part(0)) {
            w.write(table);
            return w;
        }
    }

    /** Drops the staged part. */
    @TearDown(Level.Invocation)
    public void abort() {
        session.abort();
    }

    /** Deletes the temporary folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("out.csv"));
        Files.deleteIfExists(dir);
    }
}
