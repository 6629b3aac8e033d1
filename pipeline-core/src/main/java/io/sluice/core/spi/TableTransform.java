package io.sluice.core.spi;

import io.sluice.core.config.Problems;
import io.sluice.core.data.TableSchema;

/**
 * A stage that turns every table of a chunk into another table, row block by row block: selecting, renaming,
 * filtering, deriving or casting columns. It applies to the rows a table source reads, to a grid flattened into
 * tidy rows when the pipeline has no statistic, and to the result table of statistics. When a pipeline is
 * planned it is bound to its input columns, so that unknown columns and type errors are found, located, before
 * any data is read.
 *
 * <pre>{@code
 * BoundTransform step = transform.bind(input, problems);   // null after recording problems
 * TableSchema next = step.output();
 * Table out = step.apply(table);                            // for every table of every chunk
 * }</pre>
 */
public interface TableTransform extends Stage {

    /**
     * Checks the transform's settings against the columns it will receive and prepares it for them; records
     * every problem, located at the stage's settings, and returns null when there is any.
     */
    BoundTransform bind(TableSchema input, Problems problems);

    /**
     * Whether the output's columns are always the input's (a filter drops rows only): then the stages after it
     * can be checked even when it has a problem. False by default.
     */
    default boolean keepsColumns() {
        return false;
    }
}
