package io.sluice.converters.stats;

/**
 * The four spread statistics: standard deviation and variance, each with divisor n (the population value, as
 * {@code cdo seasstd}/{@code seasvar} and xarray's default {@code ddof=0}) or n - 1 (the sample value, as
 * {@code cdo seasstd1}/{@code seasvar1} and {@code ddof=1}).
 *
 * <pre>{@code Spread.STD1.finish(3, 8.0)   // sqrt(8 / 2) = 2}</pre>
 */
enum Spread {
    /** Standard deviation with divisor n. */
    STD("std", 0, true),
    /** Standard deviation with divisor n - 1. */
    STD1("std1", 1, true),
    /** Variance with divisor n. */
    VAR("var", 0, false),
    /** Variance with divisor n - 1. */
    VAR1("var1", 1, false);

    private final String id;
    private final int lostDegrees;
    private final boolean root;

    Spread(String id, int lostDegrees, boolean root) {
        this.id = id;
        this.lostDegrees = lostDegrees;
        this.root = root;
    }

    /** The type id and column suffix: {@code std}. */
    String id() {
        return id;
    }

    /**
     * The result for {@code n} valid values whose squared deviations from their mean add up to {@code m2}; NaN
     * when n is not above the degrees lost (no value, or one value for a sample statistic), as CDO writes a
     * missing value there.
     */
    double finish(int n, double m2) {
        if (n <= lostDegrees) {
            return Double.NaN;
        }
        double variance = Math.max(0.0, m2) / (n - lostDegrees);
        return root ? Math.sqrt(variance) : variance;
    }
}
