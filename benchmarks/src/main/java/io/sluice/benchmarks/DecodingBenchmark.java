package io.sluice.benchmarks;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one NetCDF-3 record of float32 values (73 x 144 = 10,512 values, 42 KB) into doubles with missing
 * values as NaN: the connector's two passes (bulk decode, then widen) against one fused pass. Scores are
 * nanoseconds per value.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar DecodingBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodingBenchmark {
    static final int VALUES = 73 * 144;
    static final float FILL = 1e20f;

    byte[] bytes;
    float[] floats;
    double[] doubles;

    /** A record of big-endian floats, 2 % of them the fill value. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        ByteBuffer buffer = ByteBuffer.allocate(VALUES * Float.BYTES);
        for (int i = 0; i < VALUES; i++) {
            buffer.putFloat(random.nextDouble() < 0.02 ? FILL : (float) (250 + 50 * random.nextDouble()));
        }
        bytes = buffer.array();
        floats = new float[VALUES];
        doubles = new double[VALUES];
    }

    /** The connector's way: bulk decode to float[], then widen to double[] marking the fill value. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] bulkThenWiden() {
        BigEndianDecoding.bulk(bytes, floats);
        BigEndianDecoding.widen(floats, FILL, doubles);
        return doubles;
    }

    /** Bulk decode only (the first pass). */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] bulkDecode() {
        BigEndianDecoding.bulk(bytes, floats);
        return floats;
    }

    /** Decode value by value through a big-endian VarHandle view. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] viewLoopDecode() {
        BigEndianDecoding.viewLoop(bytes, floats);
        return floats;
    }

    /** Decode, test the fill value and widen in one pass. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] fusedDecodeAndWiden() {
        BigEndianDecoding.fusedToDouble(bytes, FILL, doubles);
        return doubles;
    }
}
