package io.sluice.core.report;

import io.sluice.core.model.Pipeline;
import io.sluice.core.plan.Chunk;
import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.RetryRecord;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunReport;
import io.sluice.core.run.RunStart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one run and, when it ends (succeeded or failed), hands what it saw to {@code onEnd}: every finished
 * chunk with the thread that processed it, its start and duration, bytes, rows and attempts; the retries; the
 * memory peaks sampled every 100 ms. One recorder per run: chunk events carry no run id. An exception from
 * {@code onEnd} is logged as a warning, never passed to the runner: a report never fails a run.
 *
 * <pre>{@code
 * RunRecorder recorder = RunRecorder.of(pipeline, run -> System.out.println(run.status()));
 * new LocalRunner(RunOptions.defaults().withListener(recorder)).run(pipeline);
 * }</pre>
 */
public final class RunRecorder implements RunListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    private static final long SAMPLE_MILLIS = 100;
    private final Pipeline pipeline;
    private final Consumer<ObservedRun> onEnd;
    private final Map<Integer, Attempts> running = new ConcurrentHashMap<>();
    private final List<ChunkTiming> finished = new ArrayList<>();
    private final List<RetryRecord> retries = new ArrayList<>();
    private final MemorySampler memory = MemorySampler.every(SAMPLE_MILLIS);
    private volatile RunStart start;
    private volatile List<InputSize> inputs = List.of();
    private volatile long originNanos = System.nanoTime();
    private final Instant created = Instant.now();

    /** When a chunk's first attempt started, on which thread, and how many attempts it has had. */
    private record Attempts(String worker, long startNanos, int count) {
        Attempts again() {
            return new Attempts(worker, startNanos, count + 1);
        }
    }

    private RunRecorder(Pipeline pipeline, Consumer<ObservedRun> onEnd) {
        this.pipeline = pipeline;
        this.onEnd = onEnd;
    }

    /** A recorder of a run of {@code pipeline}, telling {@code onEnd} what it saw when the run ends. */
    public static RunRecorder of(Pipeline pipeline, Consumer<ObservedRun> onEnd) {
        return new RunRecorder(pipeline, onEnd);
    }

    @Override
    public void runStarted(RunStart s) {
        originNanos = System.nanoTime() - Duration.between(s.startedAt(), Instant.now()).toNanos();
        inputs = s.inputs().stream().map(InputSize::of).toList();
        start = s;
        memory.start();
    }

    @Override
    public void chunkStarted(Chunk chunk) {
        String worker = Thread.currentThread().getName();
        running.merge(chunk.index(), new Attempts(worker, System.nanoTime(), 1), (was, now) -> was.again());
    }

    @Override
    public void chunkFinished(ChunkReport r) {
        long now = System.nanoTime();
        Attempts a = running.remove(r.index());
        String worker = a == null ? Thread.currentThread().getName() : a.worker();
        long startNanos = a == null ? now : a.startNanos();
        ChunkTiming t = new ChunkTiming(r.index(), r.key(), worker, (startNanos - originNanos) / 1_000_000,
                (now - startNanos) / 1_000_000, r.bytes(), r.rows(), r.cells(), a == null ? 0 : a.count(),
                r.reused(), r.complete());
        synchronized (finished) {
            finished.add(t);
        }
    }

    @Override
    public void chunkRetried(RetryRecord retry) {
        synchronized (retries) {
            retries.add(retry);
        }
    }

    @Override
    public void runFinished(RunReport report) {
        end(report.runId(), () -> observed(report.runId(), ObservedRun.SUCCEEDED, null, report.rowsWritten(),
                report.bytesWritten(), report.notes()));
    }

    @Override
    public void runFailed(String runId, RuntimeException failure) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        long rows;
        synchronized (finished) {
            rows = finished.stream().mapToLong(ChunkTiming::rows).sum();
        }
        end(runId, () -> observed(runId, ObservedRun.FAILED, message.replace('\n', ' ').strip(), rows, 0,
                List.of()));
    }

    /** Hands the run to {@code onEnd}; a problem there is logged: a report never fails a run. */
    private void end(String runId, Supplier<ObservedRun> run) {
        try {
            onEnd.accept(run.get());
        } catch (RuntimeException e) {
            LOG.warn("run {}: no run report: {}", runId, e.toString());
        }
    }

    private ObservedRun observed(String runId, String status, String error, long rows, long bytes,
                                 List<String> notes) {
        MemoryPeaks peaks = memory.stop();
        RunStart s = start;
        List<ChunkTiming> chunks;
        synchronized (finished) {
            chunks = new ArrayList<>(finished);
        }
        chunks.sort(Comparator.comparingInt(ChunkTiming::index));
        List<RetryRecord> retried;
        synchronized (retries) {
            retried = List.copyOf(retries);
        }
        return new ObservedRun(runId, pipeline.name(), pipeline.origin().origin(),
                s == null ? null : s.pipelineHash(), status, error, s == null ? created : s.startedAt(),
                Instant.now(), s == null ? null : s.target(), inputs, s == null ? 0 : s.chunks(),
                s == null ? 0 : s.parallelism(), chunks, retried, rows, bytes, notes, peaks);
    }
}
