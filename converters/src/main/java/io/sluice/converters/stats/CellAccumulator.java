package io.sluice.converters.stats;

import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.Accumulator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running state of one {@link Statistic} for every cell of every selected variable: per variable a double
 * array and an int array of valid-value counts, each one element per grid cell. Serializable as plain arrays.
 */
final class CellAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;
    private final Statistic statistic;
    private final String[] variables;
    private final int cells;
    private final double[][] values;
    private final int[][] counts;

    CellAccumulator(Statistic statistic, List<String> variables, int cells) {
        this.statistic = statistic;
        this.variables = variables.toArray(new String[0]);
        this.cells = cells;
        this.values = new double[this.variables.length][];
        this.counts = new int[this.variables.length][];
        for (int k = 0; k < this.variables.length; k++) {
            values[k] = new double[statistic.keepsValues() ? cells : 0];
            Arrays.fill(values[k], statistic.initial());
            counts[k] = new int[cells];
        }
    }

    @Override
    public void add(GridBatch batch) {
        if (batch.cellsPerStep() != cells) {
            throw new IllegalArgumentException("a block of " + batch.cellsPerStep() + " cells per time step was"
                    + " given to a " + statistic.id() + " over " + cells + " cells");
        }
        for (int k = 0; k < variables.length; k++) {
            statistic.add(batch.values(variables[k]), batch.steps(), values[k], counts[k]);
        }
    }

    @Override
    public void merge(Accumulator other) {
        if (!(other instanceof CellAccumulator o) || o.statistic != statistic || o.cells != cells
                || !Arrays.equals(o.variables, variables)) {
            throw new IllegalArgumentException("cannot merge " + other + " into " + this);
        }
        for (int k = 0; k < variables.length; k++) {
            statistic.combine(values[k], counts[k], o.values[k], o.counts[k]);
        }
    }

    @Override
    public Map<String, double[]> finish() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < variables.length; k++) {
            double[] result = new double[cells];
            statistic.finish(values[k], counts[k], result);
            out.put(variables[k], result);
        }
        return out;
    }

    @Override
    public String toString() {
        return statistic.id() + " of " + Arrays.toString(variables) + " over " + cells + " cells";
    }
}
