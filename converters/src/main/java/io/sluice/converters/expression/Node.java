package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/** A typed node of a compiled expression: computes its values for every row of a table at once. */
interface Node {

    /** LONG, DOUBLE, BOOLEAN, STRING, DATE or TIMESTAMP. */
    ColumnType type();

    /** The node's values over all rows of {@code table}. */
    Values evaluate(Table table);
}
