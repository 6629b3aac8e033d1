package io.sluice.csv;

import java.math.BigInteger;

/**
 * 126-bit upper approximations of powers of ten for {@link ShortestDecimal}: for each {@code e} in
 * {@code [MIN, MAX]}, {@code g = floor(10^e / 2^r) + 1} with {@code r} chosen so that {@code 2^125 <= g < 2^126},
 * split into its high and low 63 bits. The table is computed exactly with {@link BigInteger} when the class
 * loads (617 entries, a few milliseconds), so it carries no hand-copied constants.
 *
 * <pre>{@code long high = PowersOfTen.high(-3), low = PowersOfTen.low(-3);   // g of 10^-3}</pre>
 */
final class PowersOfTen {
    /** Smallest exponent in the table: 10^-292 (the largest double's scale). */
    static final int MIN = -292;
    /** Largest exponent in the table: 10^324 (the smallest subnormal double's scale). */
    static final int MAX = 324;
    private static final long LOW_63 = (1L << 63) - 1;
    private static final long[] G = table();

    private PowersOfTen() {
    }

    /** The high 63 bits of g for 10^e. */
    static long high(int e) {
        return G[(e - MIN) << 1];
    }

    /** The low 63 bits of g for 10^e. */
    static long low(int e) {
        return G[(e - MIN) << 1 | 1];
    }

    /** floor(log2(10^e)) for |e| <= 1233, with integer arithmetic. */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** floor(log10(2^q)) for |q| <= 2620, with integer arithmetic. */
    static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^q)) for |q| <= 2620, with integer arithmetic. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    private static long[] table() {
        long[] g = new long[(MAX - MIN + 1) << 1];
        for (int e = MIN; e <= MAX; e++) {
            int r = floorLog2Pow10(e) - 125;
            BigInteger ten = BigInteger.TEN.pow(Math.abs(e));
            BigInteger scaled = e >= 0
                    ? (r >= 0 ? ten.shiftRight(r) : ten.shiftLeft(-r))
                    : BigInteger.ONE.shiftLeft(-r).divide(ten);
            BigInteger value = scaled.add(BigInteger.ONE);
            g[(e - MIN) << 1] = value.shiftRight(63).longValueExact();
            g[(e - MIN) << 1 | 1] = value.longValue() & LOW_63;
        }
        return g;
    }
}
