package io.sluice.converters.stats;

import io.sluice.core.data.GridBatch;
import io.sluice.core.spi.Accumulator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running state of a {@link Spread} for every cell of every selected variable: per variable three arrays
 * over the cells, the number of valid values, their mean and the sum of their squared deviations from it
 * ({@code m2}). Values are added with Welford's update, and states are merged with Chan et al.'s pairwise
 * formula, so the result does not depend on how the steps were cut into chunks and blocks, and it stays exact
 * where the textbook {@code sum(x^2) - sum(x)^2 / n} loses every digit (values near 1e5 varying by 1e-2).
 *
 * <pre>{@code
 * // merging A (n=2, mean 1, m2 2) and B (n=1, mean 4, m2 0): delta = 3
 * // n = 3, mean = 1 + 3 * 1/3 = 2, m2 = 2 + 0 + 9 * 2 * 1 / 3 = 8
 * }</pre>
 */
final class SpreadAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;
    private final Spread spread;
    private final String[] variables;
    private final int cells;
    private final int[][] counts;
    private final double[][] means;
    private final double[][] m2s;

    SpreadAccumulator(Spread spread, List<String> variables, int cells) {
        this.spread = spread;
        this.variables = variables.toArray(new String[0]);
        this.cells = cells;
        this.counts = new int[this.variables.length][cells];
        this.means = new double[this.variables.length][cells];
        this.m2s = new double[this.variables.length][cells];
    }

    @Override
    public void add(GridBatch batch) {
        if (batch.cellsPerStep() != cells) {
            throw new IllegalArgumentException("a block of " + batch.cellsPerStep() + " cells per time step was"
                    + " given to a " + spread.id() + " over " + cells + " cells");
        }
        for (int k = 0; k < variables.length; k++) {
            add(batch.values(variables[k]), batch.steps(), counts[k], means[k], m2s[k]);
        }
    }

    private static void add(double[] x, int steps, int[] count, double[] mean, double[] m2) {
        int cells = count.length;
        for (int s = 0, base = 0; s < steps; s++, base += cells) {
            for (int c = 0; c < cells; c++) {
                double v = x[base + c];
                if (v == v) {
                    int n = ++count[c];
                    double delta = v - mean[c];
                    mean[c] += delta / n;
                    m2[c] += delta * (v - mean[c]);
                }
            }
        }
    }

    @Override
    public void merge(Accumulator other) {
        if (!(other instanceof SpreadAccumulator o) || o.spread != spread || o.cells != cells
                || !Arrays.equals(o.variables, variables)) {
            throw new IllegalArgumentException("cannot merge " + other + " into " + this);
        }
        for (int k = 0; k < variables.length; k++) {
            int[] count = counts[k];
            double[] mean = means[k];
            double[] m2 = m2s[k];
            for (int c = 0; c < cells; c++) {
                int nb = o.counts[k][c];
                if (nb == 0) {
                    continue;
                }
                int na = count[c];
                double n = (double) na + nb;
                double delta = o.means[k][c] - mean[c];
                mean[c] += delta * (nb / n);
                m2[c] += o.m2s[k][c] + delta * delta * (na * (nb / n));
                count[c] = na + nb;
            }
        }
    }

    @Override
    public Map<String, double[]> finish() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < variables.length; k++) {
            double[] result = new double[cells];
            for (int c = 0; c < cells; c++) {
                result[c] = spread.finish(counts[k][c], m2s[k][c]);
            }
            out.put(variables[k], result);
        }
        return out;
    }

    @Override
    public String toString() {
        return spread.id() + " of " + Arrays.toString(variables) + " over " + cells + " cells";
    }
}
