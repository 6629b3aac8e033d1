package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Type {@code fake-grid}: {@code steps} daily steps from 2001-01-01 (360-day months for simplicity) on a 2 x 3
 * grid; value(step, cell) = step * 10 + cell. {@code fail-at} makes reading that step throw.
 */
public final class FakeGridSource implements SourceFactory {
    /** Most readers open at the same time, over all runs since the last reset. */
    public static final AtomicInteger MAX_OPEN = new AtomicInteger();
    private static final AtomicInteger OPEN = new AtomicInteger();

    @Override
    public String type() {
        return "fake-grid";
    }

    @Override
    public boolean canRead(Path file) {
        return false;
    }

    @Override
    public Source create(ConfigReader settings) {
        int steps = (int) settings.integer("steps", 10, 0, 1_000_000);
        int failAt = (int) settings.integer("fail-at", -1, -1, 1_000_000);
        return new Source() {
            @Override
            public SourceDescription describe() {
                return description(steps);
            }

            @Override
            public BatchReader open(Chunk chunk, long maxBatchBytes) {
                return reader((IndexRange) chunk.slice(), failAt, description(steps));
            }

            @Override
            public void close() {
            }
        };
    }

    static SourceDescription description(int steps) {
        double[] values = new double[steps];
        int[] years = new int[steps];
        int[] months = new int[steps];
        int[] days = new int[steps];
        for (int i = 0; i < steps; i++) {
            values[i] = i;
            years[i] = 2001 + i / 360;
            months[i] = 1 + i % 360 / 30;
            days[i] = 1 + i % 30;
        }
        TimeAxis time = TimeAxis.of("time", "days since 2001-01-01", "360_day", values, years, months, days,
                new int[steps]);
        List<Axis> space = List.of(Axis.of("lat", "degrees_north", new double[] {-10, 10}),
                Axis.of("lon", "degrees_east", new double[] {0, 120, 240}));
        VariableInfo v = VariableInfo.of("v", List.of("time", "lat", "lon"), "float", ColumnType.FLOAT,
                Map.of("units", "K"));
        return new SourceDescription("fake.nc", "fake", time, space, List.of(v), Map.of("time", steps),
                Map.of(), List.of(v));
    }

    private static BatchReader reader(IndexRange range, int failAt, SourceDescription d) {
        MAX_OPEN.accumulateAndGet(OPEN.incrementAndGet(), Math::max);
        return new BatchReader() {
            private int next = range.start();

            @Override
            public GridBatch next() throws IOException {
                if (next >= range.end()) {
                    return null;
                }
                int to = Math.min(range.end(), next + 2);
                double[] values = new double[(to - next) * 6];
                for (int s = next; s < to; s++) {
                    if (s == failAt) {
                        throw new IOException("unexpected end of file at step " + s);
                    }
                    for (int c = 0; c < 6; c++) {
                        values[(s - next) * 6 + c] = s * 10 + c;
                    }
                }
                GridBatch b = GridBatch.of(d.time().slice(next, to), d.space(), Map.of("v", values));
                next = to;
                Thread.yield();
                return b;
            }

            @Override
            public void close() {
                OPEN.decrementAndGet();
            }
        };
    }
}
