package io.sluice.netcdf;

import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.List;

/**
 * A NetCDF file, or several joined along time, as a source. {@link #describe()} reads the headers and
 * coordinates once and remembers them; {@link #open} may then be called from any number of threads at once:
 * each thread reads through its own handle of each file, and {@link #close()} closes them all.
 */
final class NetcdfFileSource implements Source {
    /** Bytes each value takes in a batch: values are handed on as doubles. */
    private static final int BATCH_BYTES_PER_VALUE = Double.BYTES;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /**
     * Most bytes of doubles per block of NetCDF-3 files, whatever the runner allows: a block that stays in the
     * CPU's cache is still there when the statistics pass over it after decoding (blocks of 8 MiB went to memory
     * and back), and its arrays are ordinary young objects rather than humongous ones. NetCDF-4 files keep the
     * runner's block size: netcdf-java's HDF5 reader costs more per read call (blocks of 3 steps of a 73 x 144
     * grid took 30 % more CPU time than blocks of 8 MiB).
     */
    static final long CACHE_BLOCK_BYTES = 512 << 10;

    private final NetcdfSettings settings;
    private final Queue<HandlePool> pools = new ConcurrentLinkedQueue<>();
    private volatile GridPlan plan;

    NetcdfFileSource(NetcdfSettings settings) {
        this.settings = settings;
    }

    private HandlePool poolOf(Path file) {
        HandlePool pool = new HandlePool(file);
        pools.add(pool);
        return pool;
    }

    @Override
    public SourceDescription describe() throws IOException {
        return plan().description();
    }

    private GridPlan plan() throws IOException {
        GridPlan p = plan;
        if (p == null) {
            synchronized (this) {
                p = plan;
                if (p == null) {
                    p = settings.singleFile() ? SourceDescriber.describe(settings, poolOf(settings.file()))
                            : FileSeries.describe(settings, this::poolOf);
                    plan = p;
                }
            }
        }
        return p;
    }

    /**
     * A reader of the chunk's time range in blocks of consecutive steps: as many as fit in
     * {@code maxBatchBytes} (and, for NetCDF-3 files, in {@link #CACHE_BLOCK_BYTES}), counting 8 bytes per value
     * of every selected variable, and at least one.
     */
    @Override
    public BatchReader open(Chunk chunk, long maxBatchBytes) throws IOException {
        GridPlan p = plan();
        if (p.names().isEmpty()) {
            throw settings.invalid(settings.variables() == null ? "path" : "variables", settings.shown()
                    + " has no variables along a time axis to read; name them with 'variables' (and 'time')");
        }
        if (!(chunk.slice() instanceof IndexRange range)) {
            throw new IllegalArgumentException("a NetCDF source reads index ranges of time; got "
                    + chunk.slice().describe());
        }
        if (!range.dimension().equals(p.timeDimension()) && !range.dimension().equals(p.time().name())) {
            throw new IllegalArgumentException("a NetCDF source reads ranges of its time dimension '"
                    + p.timeDimension() + "'; got " + range.describe());
        }
        if (range.end() > p.time().size()) {
            throw new IllegalArgumentException(range.describe() + " is beyond the " + p.time().size()
                    + " time steps of " + settings.shown());
        }
        long valuesPerStep = p.cellsPerStep() * p.names().size();
        if (p.cellsPerStep() > MAX_ARRAY || valuesPerStep > Runtime.getRuntime().maxMemory() / 4 / Double.BYTES) {
            throw new IOException(settings.shown() + ": one time step holds " + valuesPerStep + " values, more than"
                    + " a quarter of the heap holds; is the file damaged, or does the JVM need more memory"
                    + " (JAVA_OPTS=-Xmx...)?");
        }
        boolean classic = p.members().stream().allMatch(m -> m.layout() != null);
        long budget = classic ? Math.min(maxBatchBytes, CACHE_BLOCK_BYTES) : maxBatchBytes;
        long fit = Math.max(1, budget / (valuesPerStep * BATCH_BYTES_PER_VALUE));
        int steps = (int) Math.min(fit, MAX_ARRAY / p.cellsPerStep());
        return new BlockReader(p, range.start(), range.end(), steps);
    }

    /** The NetCDF files read (every file a glob or list names), fingerprinted by a run's manifest. */
    @Override
    public List<Path> inputFiles() {
        try {
            return settings.singleFile() ? List.of(settings.file()) : FileSet.expand(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (HandlePool pool; (pool = pools.poll()) != null; ) {
            try {
                pool.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The handles opened so far, on all threads and files (for tests). */
    int openHandles() {
        return pools.stream().mapToInt(HandlePool::openedCount).sum();
    }
}
