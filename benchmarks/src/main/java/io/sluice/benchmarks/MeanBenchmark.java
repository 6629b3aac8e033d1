package io.sluice.benchmarks;

import io.sluice.converters.stats.Statistics;
import io.sluice.core.config.Config;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accumulating a 90-step block of {@code tas} (no missing values) and {@code pr} (2 % missing) into the
 * {@code mean} statistic's accumulator, created through the installed {@code mean} stage as the runner does.
 * Scores are nanoseconds per value added.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar MeanBenchmark -p statistic=mean,max}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MeanBenchmark {
    static final int STEPS = 90;
    static final int VALUES = STEPS * 73 * 144 * 2;

    /** The statistic's type id. */
    @Param({"mean"})
    public String statistic;

    GridBatch block;
    Aggregation aggregation;
    SourceDescription description;
    Accumulator accumulator;

    /** Builds the block and a fresh accumulator. */
    @Setup
    public void setUp() {
        SyntheticGrid grid = SyntheticGrid.of(73, 144, STEPS);
        block = GridBatch.of(grid.time(), grid.space(), Map.of(
                "tas", grid.values(280, 30, 0.0),
                "pr", grid.values(2e-5, 4e-5, 0.02)));
        List<String> dims = List.of("time", "lat", "lon");
        description = new SourceDescription("synthetic", "memory", grid.time(), grid.space(), List.of(
                VariableInfo.of("tas", dims, "float", ColumnType.FLOAT, Map.of("units", "K")),
                VariableInfo.of("pr", dims, "float", ColumnType.FLOAT, Map.of("units", "kg m-2 s-1"))),
                Map.of("time", STEPS, "lat", 73, "lon", 144), Map.of(), List.of());
        aggregation = (Aggregation) Components.stage(statisticSettings(), Path.of("."));
        accumulator = aggregation.start(description);
    }

    private Config statisticSettings() {
        return switch (statistic) {
            case "mean" -> Statistics.mean().toConfig();
            case "min" -> Statistics.min().toConfig();
            case "max" -> Statistics.max().toConfig();
            case "sum" -> Statistics.sum().toConfig();
            case "count" -> Statistics.count().toConfig();
            default -> throw new IllegalArgumentException("unknown statistic '" + statistic
                    + "'; expected mean, min, max, sum or count");
        };
    }

    /** Adds the block to the running accumulator. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public Accumulator addBlock() {
        accumulator.add(block);
        return accumulator;
    }
}
