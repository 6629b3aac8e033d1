package io.sluice.parquet;

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
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writing tables through the Parquet sink and reading them back through the Parquet source, without a pipeline. */
final class Fixtures {
    private Fixtures() {
    }

    static Sink sink(Config config, Path base) {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config, problems, base);
        Sink sink = new ParquetSinkFactory().create(reader);
        reader.finish();
        problems.throwIfAny();
        return sink;
    }

    /** Writes each table as its own part, in order, and commits. */
    static void write(Config config, Path base, Table... parts) throws IOException {
        SinkSession session = sink(config, base).begin();
        for (int i = 0; i < parts.length; i++) {
            try (PartWriter w = session.part(i)) {
                w.write(parts[i]);
            }
        }
        session.commit();
    }

    static Source source(Config config, Path base) {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config, problems, base);
        Source source = new ParquetSourceFactory().create(reader);
        reader.finish();
        problems.throwIfAny();
        return source;
    }

    /** Every row of the source, in plan order, as name -> value (String, Long, Double or null), labels first. */
    static List<Map<String, Object>> read(Config config, Path base, long maxBatchBytes) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Source source = source(config, base)) {
            SourceDescription d = source.describe();
            for (Chunk c : ChunkPlan.ofParts(d).chunks()) {
                try (BatchReader r = source.open(c, maxBatchBytes)) {
                    for (Batch b = r.next(); b != null; b = r.next()) {
                        Table t = ((Table) b).withLabels(c.labels());
                        for (int row = 0; row < t.rowCount(); row++) {
                            rows.add(row(t, row));
                        }
                    }
                }
            }
        }
        return rows;
    }

    static Map<String, Object> row(Table t, int row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            Object v;
            if (c.isNull(row)) {
                v = null;
            } else if (c.type().isFloatingPoint()) {
                v = c.doubleValue(row);
            } else if (c.type().isIntegral()) {
                v = c.longValue(row);
            } else {
                v = c.stringValue(row);
            }
            out.put(c.name(), v);
        }
        return out;
    }
}
