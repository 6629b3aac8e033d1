package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table cut into runs of consecutive rows with the same partition values, and the columns that go into the
 * files (every column but the partition columns, as Spark and DuckDB lay out Hive partitions). Rows are compared
 * with the primitive accessors, so a table whose partition columns are chunk labels is one run found in one pass.
 *
 * <pre>{@code
 * PartitionRuns runs = PartitionRuns.of(table, List.of("year", "season"));
 * for (int start = 0; start < table.rowCount(); start = runs.end(start)) write(runs.directory(start), ...);
 * }</pre>
 */
final class PartitionRuns {
    private final Column[] keys;
    private final List<Column> data;
    private final int rows;

    private PartitionRuns(Column[] keys, List<Column> data, int rows) {
        this.keys = keys;
        this.data = data;
        this.rows = rows;
    }

    /**
     * The runs of {@code table} by the columns {@code partitionBy}; fails naming a column that is missing (an
     * {@link IllegalArgumentException}: a setting that does not fit the data, which retrying the chunk would not
     * change).
     */
    static PartitionRuns of(Table table, List<String> partitionBy) {
        List<String> names = table.columnNames();
        Column[] keys = new Column[partitionBy.size()];
        for (int i = 0; i < keys.length; i++) {
            int at = names.indexOf(partitionBy.get(i));
            if (at < 0) {
                throw new IllegalArgumentException("partition-by column '" + partitionBy.get(i) + "' is not in the output;"
                        + " its columns are " + String.join(", ", names));
            }
            keys[i] = table.columns().get(at);
        }
        List<Column> data = new ArrayList<>();
        for (Column c : table.columns()) {
            if (!partitionBy.contains(c.name())) {
                data.add(c);
            }
        }
        return new PartitionRuns(keys, List.copyOf(data), table.rowCount());
    }

    /** The columns written into the files. */
    List<Column> data() {
        return data;
    }

    /** The end (exclusive) of the run that starts at {@code start}. */
    int end(int start) {
        int r = start + 1;
        while (r < rows && sameKey(start, r)) {
            r++;
        }
        return r;
    }

    /** The partition directory of {@code row}, relative: {@code year=2001/season=DJF}. */
    String directory(int row) {
        StringBuilder b = new StringBuilder();
        for (Column k : keys) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(HivePath.segment(k.name(), k.isNull(row) ? null : k.stringValue(row)));
        }
        return b.toString();
    }

    private boolean sameKey(int a, int b) {
        for (Column k : keys) {
            boolean nullA = k.isNull(a);
            if (nullA != k.isNull(b)) {
                return false;
            }
            if (nullA) {
                continue;
            }
            ColumnType t = k.type();
            boolean same = t == ColumnType.STRING ? Objects.equals(k.stringValue(a), k.stringValue(b))
                    : t.isFloatingPoint() ? Double.doubleToLongBits(k.doubleValue(a))
                    == Double.doubleToLongBits(k.doubleValue(b)) : k.longValue(a) == k.longValue(b);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
