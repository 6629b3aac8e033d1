package io.sluice.converters.stats;

import io.sluice.core.plan.SourceDescription;

/**
 * The number of grid cells per time step a statistic keeps state for, checked to fit one Java array.
 *
 * <pre>{@code int cells = CellCount.of(description, "mean");}</pre>
 */
final class CellCount {
    private CellCount() {
    }

    /** The cells per step of {@code description}; fails with a message naming the source and statistic. */
    static int of(SourceDescription description, String statistic) {
        long cells = description.cellsPerStep();
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(description.origin() + ": " + cells + " cells per time step is too"
                    + " many for one " + statistic + "; select a smaller region");
        }
        return (int) cells;
    }
}
