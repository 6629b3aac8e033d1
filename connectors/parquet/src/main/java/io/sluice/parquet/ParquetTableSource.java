package io.sluice.parquet;

import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.FileRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Parquet dataset as a table source: described once from its footers, then read chunk by chunk (row groups of
 * one file) on any thread; each reader opens its own file handle.
 */
final class ParquetTableSource implements Source {
    private final ParquetSourceSettings settings;
    private volatile ParquetDescriber.Described described;

    ParquetTableSource(ParquetSourceSettings settings) {
        this.settings = settings;
    }

    @Override
    public SourceDescription describe() throws IOException {
        return described().description();
    }

    private ParquetDescriber.Described described() throws IOException {
        ParquetDescriber.Described d = described;
        if (d == null) {
            d = ParquetDescriber.describe(settings);
            described = d;
        }
        return d;
    }

    @Override
    public BatchReader open(Chunk chunk, long maxBatchBytes) throws IOException {
        if (!(chunk.slice() instanceof FileRange range) || range.unit() != FileRange.Unit.ROW_GROUPS) {
            throw new IllegalArgumentException("a Parquet source reads row groups of a file, not " + chunk.describe());
        }
        ParquetDescriber.Described d = described();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        for (VariableInfo v : d.description().variables()) {
            attributes.put(v.name(), v.attributes());
        }
        List<SourceColumn> columns = d.columns();
        return RowGroupReader.open(range, columns, attributes, settings.decimalAsString(), maxBatchBytes);
    }

    @Override
    public void close() {
        // every reader closes its own file
    }
}
