package io.sluice.csv;

import io.sluice.core.badrecord.BadRecordLog;
import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.badrecord.OnError;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.FileRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;

/**
 * CSV files as a table source. {@link #describe()} scans the files once for record boundaries, headers and
 * types and remembers what it found; {@link #open} may then be called from any thread: each reader opens its
 * own file handle on its part's bytes and closes it when done.
 */
final class CsvFileSource implements Source {
    /** Fewest and most rows in one block. */
    private static final int MIN_BLOCK_ROWS = 64;
    private static final int MAX_BLOCK_ROWS = 1 << 20;

    private final CsvSourceSettings settings;
    private volatile CsvPlan plan;

    CsvFileSource(CsvSourceSettings settings) {
        this.settings = settings;
    }

    CsvSourceSettings settings() {
        return settings;
    }

    @Override
    public SourceDescription describe() throws IOException {
        return plan().description();
    }

    private CsvPlan plan() throws IOException {
        CsvPlan p = plan;
        if (p == null) {
            synchronized (this) {
                p = plan;
                if (p == null) {
                    p = CsvDescriber.describe(settings);
                    plan = p;
                }
            }
        }
        return p;
    }

    /** A reader of the chunk's byte range in blocks of as many rows as fit {@code maxBatchBytes} (64 at least). */
    @Override
    public BatchReader open(Chunk chunk, long maxBatchBytes) throws IOException {
        return open(chunk, maxBatchBytes, null);
    }

    @Override
    public BadRecordPolicy badRecordPolicy() {
        return settings.badRecords();
    }

    /** As {@link #open(Chunk, long)}; bad records go to {@code badRecords}, or fail the read when it is null. */
    @Override
    public BatchReader open(Chunk chunk, long maxBatchBytes, BadRecordLog badRecords) throws IOException {
        CsvPlan p = plan();
        if (!(chunk.slice() instanceof FileRange range) || range.unit() != FileRange.Unit.BYTES) {
            throw new IllegalArgumentException("a CSV source reads byte ranges of its files; got "
                    + chunk.slice().describe());
        }
        FileLayout layout = p.layouts().get(range.file());
        if (layout == null || layout.partAt(range.start()) < 0
                || layout.end(layout.partAt(range.start())) != range.end()) {
            throw new IllegalArgumentException(range.describe() + " is not one of the parts this CSV source planned");
        }
        long rows = Math.max(MIN_BLOCK_ROWS, Math.min(MAX_BLOCK_ROWS, maxBatchBytes / p.schema().bytesPerRow()));
        OnError onError = badRecords == null ? OnError.FAIL : settings.badRecords().onError();
        RecordCursor cursor = RecordCursor.open(p.files().get(range.file()), settings.dialect(), layout,
                range.start(), settings.skipLines(), onError);
        return new CsvBlockReader(cursor, p.files().get(range.file()), p.schema(), settings,
                settings.header() && range.start() == 0, (int) rows, onError == OnError.FAIL ? null : badRecords);
    }

    @Override
    public void close() {
        // every reader closes its own file handle
    }

    @Override
    public String toString() {
        return "csv source " + settings.path();
    }
}
