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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Source type {@code fake-grid}, in two forms.
 * <ul>
 *   <li>Without {@code name}: {@code steps} daily steps (default 10) from 2001-01-01 (360-day months for
 *   simplicity) of float variable {@code v} on a 2 x 3 grid, origin {@code fake.nc};
 *   value(step, cell) = step * 10 + cell.</li>
 *   <li>With {@code name}: the grid a test made available with {@link #put} under that name.</li>
 * </ul>
 * Either way it reads blocks of {@code block-steps} time steps (default 2), so that chunks span several
 * blocks, and {@code fail-at} makes reading that step throw {@code unexpected end of file at step N}, while
 * {@code flaky-at} makes the first {@code flaky-times} (default 1) reads of that step throw the transient
 * {@code connection reset while reading step N}. {@code input} names a file the source reports as its input.
 *
 * <pre>{@code
 * source: { type: fake-grid, steps: 40 }
 *
 * FakeGridSource.put("daily", description, Map.of("tas", values));
 * source: { type: fake-grid, name: daily, block-steps: 7 }
 * }</pre>
 */
public final class FakeGridSource implements SourceFactory {
    /** Most readers open at the same time, over all runs since the last reset. */
    public static final AtomicInteger MAX_OPEN = new AtomicInteger();
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final Map<String, Grid> GRIDS = new ConcurrentHashMap<>();

    /** A described grid and a way to read the values of its variables over steps {@code [from, to)}. */
    private interface Grid {
        SourceDescription description();

        Map<String, double[]> block(int from, int to);
    }

    /** Values given in C order over (time, cells). */
    private record StoredGrid(SourceDescription description, Map<String, double[]> all) implements Grid {
        @Override
        public Map<String, double[]> block(int from, int to) {
            int cells = (int) description.cellsPerStep();
            Map<String, double[]> block = new LinkedHashMap<>();
            all.forEach((v, x) -> block.put(v, Arrays.copyOfRange(x, from * cells, to * cells)));
            return block;
        }
    }

    /** The generated grid: value(step, cell) of {@code v} = step * 10 + cell. */
    private record GeneratedGrid(SourceDescription description) implements Grid {
        @Override
        public Map<String, double[]> block(int from, int to) {
            int cells = (int) description.cellsPerStep();
            double[] values = new double[(to - from) * cells];
            for (int s = from; s < to; s++) {
                for (int c = 0; c < cells; c++) {
                    values[(s - from) * cells + c] = s * 10 + c;
                }
            }
            return Map.of("v", values);
        }
    }

    /**
     * Makes a grid available as {@code name: name}; {@code values} maps each variable of {@code description}
     * to its values in C order over (time, cells), NaN meaning missing.
     */
    public static void put(String name, SourceDescription description, Map<String, double[]> values) {
        GRIDS.put(name, new StoredGrid(description, new LinkedHashMap<>(values)));
    }

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
        String name = settings.string("name", null);
        int steps = (int) settings.integer("steps", 10, 0, 1_000_000);
        int blockSteps = (int) settings.integer("block-steps", 2, 1, Integer.MAX_VALUE);
        int failAt = (int) settings.integer("fail-at", -1, -1, 1_000_000);
        int flakyAt = (int) settings.integer("flaky-at", -1, -1, 1_000_000);
        AtomicInteger flakyLeft = new AtomicInteger((int) settings.integer("flaky-times", 1, 0, 1_000));
        String input = settings.string("input", null);
        List<Path> inputs = input == null ? List.of() : List.of(settings.baseDirectory().resolve(input));
        Grid grid;
        if (name == null) {
            grid = new GeneratedGrid(description(steps));
        } else {
            grid = GRIDS.get(name);
            if (grid == null) {
                settings.problem("name", "no grid was put under '" + name + "'; put: "
                        + String.join(", ", new TreeSet<>(GRIDS.keySet())));
                return null;
            }
        }
        return new Source() {
            @Override
            public SourceDescription describe() {
                return grid.description();
            }

            @Override
            public BatchReader open(Chunk chunk, long maxBatchBytes) {
                return reader(grid, (IndexRange) chunk.slice(), blockSteps, failAt, flakyAt, flakyLeft);
            }

            @Override
            public List<Path> inputFiles() {
                return inputs;
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

    private static BatchReader reader(Grid grid, IndexRange range, int blockSteps, int failAt, int flakyAt,
                                      AtomicInteger flakyLeft) {
        SourceDescription d = grid.description();
        MAX_OPEN.accumulateAndGet(OPEN.incrementAndGet(), Math::max);
        return new BatchReader() {
            private int next = range.start();

            @Override
            public GridBatch next() throws IOException {
                if (next >= range.end()) {
                    return null;
                }
                int to = Math.min(range.end(), next + blockSteps);
                if (failAt >= next && failAt < to) {
                    throw new IOException("unexpected end of file at step " + failAt);
                }
                if (flakyAt >= next && flakyAt < to && flakyLeft.getAndDecrement() > 0) {
                    throw new IOException("connection reset while reading step " + flakyAt);
                }
                GridBatch b = GridBatch.of(d.time().slice(next, to), d.space(), grid.block(next, to));
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
