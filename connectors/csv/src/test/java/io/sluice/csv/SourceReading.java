package io.sluice.csv;

import io.sluice.core.badrecord.BadRecordLog;
import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Batch;
import io.sluice.core.data.Column;
import io.sluice.core.data.Table;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV source part by part, as the runner would, into rows of text (null for missing values). */
final class SourceReading {
    private SourceReading() {
    }

    /** The source the factory makes of {@code config}; fails on a settings problem. */
    static Source source(Path base, Config config) {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config.atPath("source"), problems, base);
        Source source = new CsvSourceFactory().create(reader);
        reader.finish();
        problems.throwIfAny();
        return source;
    }

    /** Every row of every part, in part order, as text. */
    static List<List<String>> rows(Path base, Config config) throws IOException {
        try (Source source = source(base, config)) {
            return rows(source, 1 << 20);
        }
    }

    static List<List<String>> rows(Source source, long maxBatchBytes) throws IOException {
        return rows(source, maxBatchBytes, null);
    }

    /** As {@link #rows(Source, long)}, bad records going to {@code badRecords} unless it is null. */
    static List<List<String>> rows(Source source, long maxBatchBytes, BadRecordLog badRecords) throws IOException {
        SourceDescription description = source.describe();
        List<List<String>> rows = new ArrayList<>();
        for (Chunk chunk : ChunkPlan.ofParts(description).chunks()) {
            try (BatchReader reader = badRecords == null ? source.open(chunk, maxBatchBytes)
                    : source.open(chunk, maxBatchBytes, badRecords)) {
                for (Batch b = reader.next(); b != null; b = reader.next()) {
                    Table t = (Table) b;
                    for (int r = 0; r < t.rowCount(); r++) {
                        List<String> row = new ArrayList<>();
                        for (Column c : t.columns()) {
                            row.add(c.isNull(r) ? null : c.stringValue(r));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
