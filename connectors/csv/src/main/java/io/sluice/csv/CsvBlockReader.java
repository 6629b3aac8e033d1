package io.sluice.csv;

import io.sluice.core.badrecord.BadRecordLog;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.BatchReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one part of a CSV file as tables of at most {@code blockRows} rows, each column parsed into a primitive
 * array. A missing value is the unquoted first {@code null} text (by default the empty field), a field equal
 * to one of the other {@code null} texts, or (in a column that is not STRING) any empty field; quoted, the
 * first null text is text ({@code ""} is the empty text in a STRING column). A part without rows yields one
 * empty table, so that a header-only file still has its columns. A record that does not fit (a wrong number of
 * fields, a value that is not of its column's type, bytes that are not text in the encoding) fails the read, or,
 * given a {@link BadRecordLog}, goes there and the reader goes on with the next record.
 *
 * <pre>{@code for (Batch b = reader.next(); b != null; b = reader.next()) sink.write((Table) b);}</pre>
 */
final class CsvBlockReader implements BatchReader {
    private final RecordCursor cursor;
    private final CsvFile file;
    private final CsvSchema schema;
    private final CsvSourceSettings settings;
    private final IsoTime time;
    private final String[] nullMarkers;
    private final boolean[] text;
    private final int blockRows;
    private final BadRecordLog badRecords;
    private boolean skipHeader;
    private boolean done;
    private boolean yielded;

    /** A reader of {@code cursor}'s records; bad ones fail it, or go to {@code badRecords} when that is not null. */
    CsvBlockReader(RecordCursor cursor, CsvFile file, CsvSchema schema, CsvSourceSettings settings,
                   boolean skipHeader, int blockRows, BadRecordLog badRecords) {
        this.cursor = cursor;
        this.badRecords = badRecords;
        this.file = file;
        this.schema = schema;
        this.settings = settings;
        this.time = new IsoTime(settings.zone());
        List<String> markers = settings.nullMarkers();
        // the first null text is the parser's (quote-aware); the others are compared here, quoted or not
        this.nullMarkers = markers.isEmpty() ? new String[0]
                : markers.subList(1, markers.size()).toArray(String[]::new);
        this.text = new boolean[schema.size()];
        for (int c = 0; c < text.length; c++) {
            text[c] = schema.types().get(c) == ColumnType.STRING;
        }
        this.skipHeader = skipHeader;
        this.blockRows = blockRows;
    }

    @Override
    public Table next() throws IOException {
        if (done) {
            return null;
        }
        if (skipHeader) {
            skipHeader = false;
            String problem = cursor.next() == null ? null : cursor.encodingProblem();
            if (problem != null) {
                throw new CsvInputException(file.shown() + ":" + cursor.line() + ": in the header, " + problem);
            }
        }
        int n = schema.size();
        ColumnFill[] fills = new ColumnFill[n];
        for (int c = 0; c < n; c++) {
            fills[c] = ColumnFill.of(schema.names().get(c), schema.types().get(c), blockRows, time);
        }
        int rows = 0;
        while (rows < blockRows) {
            CSVRecord r = cursor.next();
            if (r == null) {
                done = true;
                break;
            }
            String problem = fill(r, fills, rows);
            if (problem == null) {
                rows++;
                continue;
            }
            var bad = RowProblems.record(file, cursor.line(), badRecords == null ? null : cursor.text(), problem);
            if (badRecords == null) {
                throw new CsvInputException(bad.message());
            }
            for (ColumnFill f : fills) {
                f.clear(rows);
            }
            badRecords.add(bad);
        }
        if (rows == 0 && yielded) {
            return null;
        }
        yielded = true;
        List<Column> columns = new ArrayList<>(n);
        for (ColumnFill f : fills) {
            columns.add(f.column());
        }
        return Table.of(rows, columns);
    }

    /** Fills {@code row} from the record; why it does not fit, or null when it does. */
    private String fill(CSVRecord r, ColumnFill[] fills, int row) {
        String encoding = cursor.encodingProblem();
        if (encoding != null) {
            return encoding;
        }
        int n = fills.length;
        if (r.size() != n) {
            return RowProblems.raggedReason(r.size(), schema.names(), settings.header());
        }
        for (int c = 0; c < n; c++) {
            String v = r.get(c);
            if (v == null || (!text[c] && v.isEmpty()) || isNullMarker(v)) {
                fills[c].addNull(row);
            } else if (!fills[c].add(row, v)) {
                String name = schema.names().get(c);
                return RowProblems.badValueReason(name, v, schema.types().get(c), schema.declared().contains(name));
            }
        }
        return null;
    }

    private boolean isNullMarker(String v) {
        for (String m : nullMarkers) {
            if (m.equals(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        cursor.close();
    }
}
