package io.sluice.converters.stats;

/**
 * The five statistics as array kernels over one shared state per cell: a double value (a running sum, minimum
 * or maximum) and an int count of valid values. Missing values (NaN) are skipped. The loops are flat, index
 * based and branch free so that the JIT can compile them to vector instructions.
 */
enum Statistic {
    /** Sum of valid values divided by their count; NaN for a cell without valid values. */
    MEAN("mean", 0.0) {
        @Override
        void finish(double[] value, int[] count, double[] out) {
            for (int c = 0; c < out.length; c++) {
                out[c] = count[c] == 0 ? Double.NaN : value[c] / count[c];
            }
        }
    },
    /** Smallest valid value. */
    MIN("min", Double.POSITIVE_INFINITY) {
        @Override
        void add(double[] x, int steps, double[] value, int[] count) {
            int cells = count.length;
            for (int s = 0, base = 0; s < steps; s++, base += cells) {
                for (int c = 0; c < cells; c++) {
                    double v = x[base + c];
                    value[c] = v < value[c] ? v : value[c];
                    count[c] += v == v ? 1 : 0;
                }
            }
        }

        @Override
        void combine(double[] value, int[] count, double[] otherValue, int[] otherCount) {
            for (int c = 0; c < count.length; c++) {
                value[c] = otherValue[c] < value[c] ? otherValue[c] : value[c];
                count[c] += otherCount[c];
            }
        }
    },
    /** Largest valid value. */
    MAX("max", Double.NEGATIVE_INFINITY) {
        @Override
        void add(double[] x, int steps, double[] value, int[] count) {
            int cells = count.length;
            for (int s = 0, base = 0; s < steps; s++, base += cells) {
                for (int c = 0; c < cells; c++) {
                    double v = x[base + c];
                    value[c] = v > value[c] ? v : value[c];
                    count[c] += v == v ? 1 : 0;
                }
            }
        }

        @Override
        void combine(double[] value, int[] count, double[] otherValue, int[] otherCount) {
            for (int c = 0; c < count.length; c++) {
                value[c] = otherValue[c] > value[c] ? otherValue[c] : value[c];
                count[c] += otherCount[c];
            }
        }
    },
    /** Sum of valid values; NaN (not 0) for a cell without valid values, as CDO's {@code timsum}/{@code seassum}. */
    SUM("sum", 0.0),
    /** Number of valid values, 0 for a cell without any; keeps no value array. */
    COUNT("count", 0.0) {
        @Override
        void add(double[] x, int steps, double[] value, int[] count) {
            int cells = count.length;
            for (int s = 0, base = 0; s < steps; s++, base += cells) {
                for (int c = 0; c < cells; c++) {
                    double v = x[base + c];
                    count[c] += v == v ? 1 : 0;
                }
            }
        }

        @Override
        void combine(double[] value, int[] count, double[] otherValue, int[] otherCount) {
            for (int c = 0; c < count.length; c++) {
                count[c] += otherCount[c];
            }
        }

        @Override
        void finish(double[] value, int[] count, double[] out) {
            for (int c = 0; c < out.length; c++) {
                out[c] = count[c];
            }
        }

        @Override
        boolean keepsValues() {
            return false;
        }
    };

    private final String id;
    private final double initial;

    Statistic(String id, double initial) {
        this.id = id;
        this.initial = initial;
    }

    /** The type id and column suffix: {@code mean}. */
    String id() {
        return id;
    }

    /** The starting value of every cell. */
    double initial() {
        return initial;
    }

    /** Whether the statistic needs the value array (all but count). */
    boolean keepsValues() {
        return true;
    }

    /** Adds {@code steps} steps of {@code x} (C order, {@code count.length} cells per step): here, sums. */
    void add(double[] x, int steps, double[] value, int[] count) {
        int cells = count.length;
        for (int s = 0, base = 0; s < steps; s++, base += cells) {
            for (int c = 0; c < cells; c++) {
                double v = x[base + c];
                boolean valid = v == v;
                value[c] += valid ? v : 0.0;
                count[c] += valid ? 1 : 0;
            }
        }
    }

    /** Folds another state of the same statistic into this one: here, adds sums and counts. */
    void combine(double[] value, int[] count, double[] otherValue, int[] otherCount) {
        for (int c = 0; c < count.length; c++) {
            value[c] += otherValue[c];
            count[c] += otherCount[c];
        }
    }

    /** Writes the result per cell into {@code out}: here, the value, or NaN where no value was valid. */
    void finish(double[] value, int[] count, double[] out) {
        for (int c = 0; c < out.length; c++) {
            out[c] = count[c] == 0 ? Double.NaN : value[c];
        }
    }
}
