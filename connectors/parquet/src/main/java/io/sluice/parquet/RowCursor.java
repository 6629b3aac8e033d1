package io.sluice.parquet;

import io.sluice.core.data.Column;
import java.util.List;

/**
 * The row being written: one reused object pointing at the columns that go into the file and a row index,
 * so that writing a row creates no object per value.
 */
final class RowCursor {
    private Column[] columns = new Column[0];
    private int row;

    void point(List<Column> written) {
        this.columns = written.toArray(new Column[0]);
        this.row = 0;
    }

    void row(int index) {
        this.row = index;
    }

    Column[] columns() {
        return columns;
    }

    int row() {
        return row;
    }
}
