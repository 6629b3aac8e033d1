package io.sluice.parquet;

import io.sluice.core.data.Column;
import java.util.List;

/**
 * The row being written: one reused object pointing at the columns that go into the file and a row index,
 * so that writing a row creates no object per value.
 */
final class RowCursor {
    private List<Column> columns;
    private int row;

    void point(List<Column> written) {
        this.columns = written;
        this.row = 0;
    }

    void row(int index) {
        this.row = index;
    }

    List<Column> columns() {
        return columns;
    }

    int row() {
        return row;
    }
}
