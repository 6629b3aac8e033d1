package io.sluice.core.spi;

import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;

/**
 * A {@link TableTransform} prepared for known input columns: the columns it produces and the work itself.
 * Applying it is thread-safe; it keeps no state between tables.
 *
 * <pre>{@code Table out = bound.apply(in);   // out's columns are bound.output()}</pre>
 */
public interface BoundTransform {

    /** The columns every output table has, in order. */
    TableSchema output();

    /** Transforms one table whose columns are the input the transform was bound to. */
    Table apply(Table input);
}
