package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.FileRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.plan.TablePart;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Source type {@code fake-table}: {@code parts} parts (default 3) of {@code rows} rows each (default 5), read in
 * blocks of {@code block-rows} rows (default 2). Columns: {@code id} LONG (the row number over all parts),
 * {@code x} DOUBLE ({@code id / 2}, missing when {@code id} is a multiple of 7). Part {@code p} is labelled
 * {@code half=first} or {@code half=second} (its half of the parts), as a Hive-partitioned directory would.
 *
 * <pre>{@code source: { type: fake-table, parts: 4, rows: 10 }}</pre>
 */
public final class FakeTableSource implements SourceFactory {

    @Override
    public String type() {
        return "fake-table";
    }

    @Override
    public boolean canRead(Path file) {
        return false;
    }

    @Override
    public Source create(ConfigReader settings) {
        int parts = (int) settings.integer("parts", 3, 0, 10_000);
        int rows = (int) settings.integer("rows", 5, 0, 1_000_000);
        int blockRows = (int) settings.integer("block-rows", 2, 1, Integer.MAX_VALUE);
        List<VariableInfo> columns = List.of(
                VariableInfo.of("id", List.of(), "int64", ColumnType.LONG, Map.of()),
                VariableInfo.of("x", List.of(), "double", ColumnType.DOUBLE, Map.of("units", "m")));
        List<TablePart> layout = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            layout.add(TablePart.of(FileRange.rowGroups("fake/part-" + p + ".tbl", 0, 1),
                    Map.of("half", p < (parts + 1) / 2 ? "first" : "second"), rows * 16L, rows));
        }
        SourceDescription description = SourceDescription.ofTable("fake.tbl", "fake table", columns, columns,
                Map.of(), layout);
        return new Source() {
            @Override
            public SourceDescription describe() {
                return description;
            }

            @Override
            public BatchReader open(Chunk chunk, long maxBatchBytes) {
                return reader(chunk.index() * (long) rows, rows, blockRows);
            }

            @Override
            public void close() {
            }
        };
    }

    private static BatchReader reader(long firstId, int rows, int blockRows) {
        return new BatchReader() {
            private int done;

            @Override
            public Table next() {
                if (done >= rows) {
                    return null;
                }
                int n = Math.min(blockRows, rows - done);
                double[] ids = new double[n];
                double[] xs = new double[n];
                for (int i = 0; i < n; i++) {
                    long id = firstId + done + i;
                    ids[i] = id;
                    xs[i] = id % 7 == 0 ? Double.NaN : id / 2.0;
                }
                done += n;
                return Table.of(n, List.of(Column.ofValues("id", ColumnType.LONG, ids, Map.of()),
                        Column.ofValues("x", ColumnType.DOUBLE, xs, Map.of("units", "m"))));
            }

            @Override
            public void close() {
            }
        };
    }
}
