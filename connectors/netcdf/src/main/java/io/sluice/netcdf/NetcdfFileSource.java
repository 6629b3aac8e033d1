package io.sluice.netcdf;

import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A NetCDF file as a source. {@link #describe()} reads the header and coordinates once and remembers them;
 * {@link #open} may then be called from any number of threads at once: each thread reads through its own
 * file handle, and {@link #close()} closes them all.
 */
final class NetcdfFileSource implements Source {
    /** Bytes each value takes in a batch: values are handed on as doubles. */
    private static final int BATCH_BYTES_PER_VALUE = Double.BYTES;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final NetcdfSettings settings;
    private final HandlePool pool;
    private volatile GridPlan plan;

    NetcdfFileSource(NetcdfSettings settings) {
        this.settings = settings;
        this.pool = new HandlePool(settings.file());
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
                    p = SourceDescriber.describe(settings, pool);
                    plan = p;
                }
            }
        }
        return p;
    }

    /**
     * A reader of the chunk's time range in blocks of consecutive steps: as many as fit in
     * {@code maxBatchBytes} counting 8 bytes per value of every selected variable, and at least one.
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
        long fit = Math.max(1, maxBatchBytes / (valuesPerStep * BATCH_BYTES_PER_VALUE));
        int steps = (int) Math.min(fit, MAX_ARRAY / p.cellsPerStep());
        return new BlockReader(pool, p, range.start(), range.end(), steps);
    }

    /** The NetCDF file, fingerprinted by a run's manifest. */
    @Override
    public List<Path> inputFiles() {
        return List.of(settings.file());
    }

    @Override
    public void close() throws IOException {
        pool.close();
    }

    /** The handles opened so far, on all threads (for tests). */
    int openHandles() {
        return pool.openedCount();
    }
}
