package io.sluice.core.spi;

import io.sluice.core.data.GridBatch;
import java.io.Serializable;
import java.util.Map;

/**
 * Running state of an {@link Aggregation} for every cell of every variable, in primitive arrays.
 *
 * <pre>{@code acc.add(batch); acc.merge(other); double[] mean = acc.finish().get("tas");}</pre>
 */
public interface Accumulator extends Serializable {

    /** Adds every time step of a block, skipping missing (NaN) values. */
    void add(GridBatch batch);

    /** Adds the state of another accumulator of the same aggregation and grid. */
    void merge(Accumulator other);

    /** The result per variable and cell; NaN where a cell had no valid value. */
    Map<String, double[]> finish();
}
