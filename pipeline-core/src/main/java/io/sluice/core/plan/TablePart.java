package io.sluice.core.plan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of a table source that can be read on its own, as the source found it in the layout of its files:
 * a byte range of a CSV file, row groups of a Parquet file; with the labels its location gives its rows (the
 * partition values of a Hive-style directory such as {@code year=2001/season=DJF}).
 *
 * <pre>{@code TablePart.of(FileRange.rowGroups(file, 0, 1), Map.of("year", "2001"), 12_000_000, 1_000_000)}</pre>
 *
 * @param slice what to read
 * @param labels labels of every row of the part, in order
 * @param estimatedBytes bytes the part reads
 * @param estimatedRows rows the part holds, or -1 when unknown before reading (text files)
 */
public record TablePart(FileRange slice, Map<String, String> labels, long estimatedBytes, long estimatedRows)
        implements Serializable {

    /** Copies the labels, keeping their order. */
    public TablePart {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A part. */
    public static TablePart of(FileRange slice, Map<String, String> labels, long estimatedBytes,
                               long estimatedRows) {
        return new TablePart(slice, labels, estimatedBytes, estimatedRows);
    }
}
