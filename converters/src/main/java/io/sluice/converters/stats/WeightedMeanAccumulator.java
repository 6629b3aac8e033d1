package io.sluice.converters.stats;

import io.sluice.core.data.GridBatch;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.spi.Accumulator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running state of a month-length weighted mean: per variable and cell the sum of weight x value over
 * the valid values and the sum of their weights, and the sum of the weights of every step (valid or not),
 * which the {@link MissingWeights#XARRAY} rule divides by. A step's weight is the number of days of its
 * month in the time axis' calendar.
 *
 * <pre>{@code
 * // Dec 1981 (31 d) = 1, Jan 1982 (31 d) = 2, Feb 1982 (28 d) = 4: (31 + 62 + 112) / 90 = 2.2777...
 * }</pre>
 */
final class WeightedMeanAccumulator implements Accumulator {
    private static final long serialVersionUID = 1L;
    private final MissingWeights rule;
    private final String[] variables;
    private final int cells;
    private final double[][] weightedSums;
    private final double[][] validWeights;
    private double allWeights;

    WeightedMeanAccumulator(MissingWeights rule, List<String> variables, int cells) {
        this.rule = rule;
        this.variables = variables.toArray(new String[0]);
        this.cells = cells;
        this.weightedSums = new double[this.variables.length][cells];
        this.validWeights = new double[this.variables.length][cells];
    }

    @Override
    public void add(GridBatch batch) {
        if (batch.cellsPerStep() != cells) {
            throw new IllegalArgumentException("a block of " + batch.cellsPerStep() + " cells per time step was"
                    + " given to a weighted-mean over " + cells + " cells");
        }
        TimeAxis time = batch.time();
        MonthLengths lengths = MonthLengths.of(time.calendar());
        for (int s = 0; s < batch.steps(); s++) {
            double w = lengths.days(time.year(s), time.month(s));
            allWeights += w;
            int base = s * cells;
            for (int k = 0; k < variables.length; k++) {
                double[] x = batch.values(variables[k]);
                double[] sum = weightedSums[k];
                double[] weight = validWeights[k];
                for (int c = 0; c < cells; c++) {
                    double v = x[base + c];
                    boolean valid = v == v;
                    sum[c] += valid ? w * v : 0.0;
                    weight[c] += valid ? w : 0.0;
                }
            }
        }
    }

    @Override
    public void merge(Accumulator other) {
        if (!(other instanceof WeightedMeanAccumulator o) || o.rule != rule || o.cells != cells
                || !Arrays.equals(o.variables, variables)) {
            throw new IllegalArgumentException("cannot merge " + other + " into " + this);
        }
        allWeights += o.allWeights;
        for (int k = 0; k < variables.length; k++) {
            for (int c = 0; c < cells; c++) {
                weightedSums[k][c] += o.weightedSums[k][c];
                validWeights[k][c] += o.validWeights[k][c];
            }
        }
    }

    @Override
    public Map<String, double[]> finish() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < variables.length; k++) {
            double[] result = new double[cells];
            for (int c = 0; c < cells; c++) {
                double weight = validWeights[k][c];
                double divisor = rule == MissingWeights.RENORMALISE ? weight : allWeights;
                result[c] = weight == 0 ? Double.NaN : weightedSums[k][c] / divisor;
            }
            out.put(variables[k], result);
        }
        return out;
    }

    @Override
    public String toString() {
        return "weighted-mean (" + rule.id() + ") of " + Arrays.toString(variables) + " over " + cells + " cells";
    }
}
