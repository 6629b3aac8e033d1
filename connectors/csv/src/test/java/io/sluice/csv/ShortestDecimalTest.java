package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Checks the printed numbers against two independent references: a brute-force search with BigDecimal for the
 * shortest decimal (at least two digits) that parses back to the same value, closest to it, and the JDK's own
 * Double.toString/Float.toString, whose text must be matched exactly wherever the JDK's digits are that decimal.
 */
class ShortestDecimalTest {
    private final ShortestDecimal printer = new ShortestDecimal();

    private String print(double v) {
        StringBuilder out = new StringBuilder();
        printer.appendDouble(out, v);
        return out.toString();
    }

    private String print(float v) {
        StringBuilder out = new StringBuilder();
        printer.appendFloat(out, v);
        return out.toString();
    }

    /** The shortest decimal (two digits at least) that parses back to v, the closest one when several do. */
    private static BigDecimal shortestByBruteForce(BigDecimal exact, int maxDigits, Predicate<BigDecimal> readsBack) {
        for (int n = 2; n <= maxDigits; n++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN}) {
                BigDecimal candidate = exact.round(new MathContext(n, mode));
                if (readsBack.test(candidate) && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("no decimal of up to " + maxDigits + " digits reads back as " + exact);
    }

    private void checkDouble(double v, int[] jdkDiffers) {
        String printed = print(v);
        assertThat(Double.doubleToLongBits(Double.parseDouble(printed))).as(printed)
                .isEqualTo(Double.doubleToLongBits(v));
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            assertThat(printed).isEqualTo(Double.toString(v));
            return;
        }
        BigDecimal expected = shortestByBruteForce(new BigDecimal(v), 17,
                d -> Double.parseDouble(d.toString()) == v);
        assertThat(new BigDecimal(printed)).as("%s for %s", printed, new BigDecimal(v)).isEqualByComparingTo(expected);
        String jdk = Double.toString(v);
        if (new BigDecimal(jdk).compareTo(expected) == 0) {
            assertThat(printed).isEqualTo(jdk);
        } else {
            jdkDiffers[0]++;
            assertBetterThanJdk(printed, jdk, new BigDecimal(v));
        }
    }

    /** Where JDK 17 differs it prints more digits than needed, or as many but farther from the value. */
    private static void assertBetterThanJdk(String printed, String jdk, BigDecimal exact) {
        int ours = digitCount(printed);
        int theirs = digitCount(jdk);
        if (ours == theirs) {
            assertThat(new BigDecimal(printed).subtract(exact).abs())
                    .as("%s against the JDK's %s", printed, jdk)
                    .isLessThan(new BigDecimal(jdk).subtract(exact).abs());
        } else {
            assertThat(ours).as("%s against the JDK's %s", printed, jdk).isLessThan(theirs);
        }
    }

    private void checkFloat(float v, int[] jdkDiffers) {
        String printed = print(v);
        assertThat(Float.floatToIntBits(Float.parseFloat(printed))).as(printed)
                .isEqualTo(Float.floatToIntBits(v));
        if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) {
            assertThat(printed).isEqualTo(Float.toString(v));
            return;
        }
        BigDecimal expected = shortestByBruteForce(new BigDecimal(v), 9, d -> Float.parseFloat(d.toString()) == v);
        assertThat(new BigDecimal(printed)).as("%s for %s", printed, new BigDecimal(v)).isEqualByComparingTo(expected);
        String jdk = Float.toString(v);
        if (new BigDecimal(jdk).compareTo(expected) == 0) {
            assertThat(printed).isEqualTo(jdk);
        } else {
            jdkDiffers[0]++;
            assertBetterThanJdk(printed, jdk, new BigDecimal(v));
        }
    }

    private static int digitCount(String text) {
        return Math.max(2, new BigDecimal(text).stripTrailingZeros().precision());   // Java prints two at least
    }

    private static List<Double> edgeDoubles() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE,
                Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, 1e-3, 1e7,
                Math.nextDown(1e7), Math.nextDown(1e-3), 0.1 + 0.2, 2.0e-3, 1.0e23, 9007199254740991.0,
                9007199254740993.0, 5e-324, 1.7976931348623157e308, 8.41e21, 5.0e-324, 4.35E-322));
        for (int e = -325; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (long i = 0; i <= 2000; i++) {
            values.add((double) i);
            values.add(i / 100.0);
            values.add((double) (i * 1_000_003L));
        }
        return values;
    }

    @Test
    void edgeDoublesAreTheShortestRoundTripDecimalInTheJdkLayout() {
        int[] differs = {0};
        for (double v : edgeDoubles()) {
            checkDouble(v, differs);
            checkDouble(-v, differs);
        }
        assertThat(print(0.30000000000000004)).isEqualTo("0.30000000000000004");
        assertThat(print(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(print(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(print(2.0e-3)).isEqualTo("0.002");
        assertThat(print(1e7)).isEqualTo("1.0E7");
        assertThat(print(-0.0)).isEqualTo("-0.0");
    }

    @Test
    void edgeFloatsAreTheShortestRoundTripDecimalInTheJdkLayout() {
        int[] differs = {0};
        List<Float> values = new ArrayList<>(List.of(0f, -0f, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1e-3f, 1e7f, 9999999f,
                16777217f, 2.0e-3f, 8.589973E9f, 3.0E10f, 268.58664f, 1e20f, 0.1f));
        for (int e = -46; e <= 38; e++) {
            float p = Float.parseFloat("1e" + e);
            values.addAll(List.of(p, Math.nextUp(p), Math.nextDown(p)));
        }
        for (int e = -149; e <= 127; e++) {
            float p = Math.scalb(1f, e);
            values.addAll(List.of(p, Math.nextUp(p), Math.nextDown(p)));
        }
        for (int i = 1; i < 4096; i++) {
            values.add(Float.intBitsToFloat(i));     // every one of the smallest subnormals
            values.add((float) i);
            values.add(i / 10f);
        }
        for (float v : values) {
            checkFloat(v, differs);
            checkFloat(-v, differs);
        }
        assertThat(print(Float.MIN_VALUE)).isEqualTo("1.4E-45");
        assertThat(print(Float.MIN_NORMAL)).isEqualTo("1.1754944E-38");
        assertThat(print(Float.MAX_VALUE)).isEqualTo("3.4028235E38");
        assertThat(print(268.58664f)).isEqualTo("268.58664");
    }

    @Test
    void aHundredThousandRandomDoublesAreTheShortestRoundTripDecimal() {
        SplittableRandom random = new SplittableRandom(20261125);
        int[] differs = {0};
        for (int i = 0; i < 100_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble(-1e6, 1e6);
            checkDouble(v, differs);
        }
        assertThat(differs[0]).as("values where JDK 17 prints more digits than needed").isLessThan(1_000);
    }

    @Test
    void aHundredThousandRandomFloatsAreTheShortestRoundTripDecimal() {
        SplittableRandom random = new SplittableRandom(20261126);
        int[] differs = {0};
        for (int i = 0; i < 100_000; i++) {
            float v = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt()) : (float) random.nextDouble(150, 350);
            checkFloat(v, differs);
        }
    }

    @Test
    void thePowersOfTenTableAndItsLogarithmsAgreeWithExactArithmetic() {
        for (int e = -1233; e <= 1233; e++) {
            BigDecimal p = new BigDecimal(BigInteger.TEN.pow(Math.abs(e)));
            int exact = e >= 0 ? p.toBigInteger().bitLength() - 1
                    : -BigInteger.TEN.pow(-e).bitLength();
            assertThat(PowersOfTen.floorLog2Pow10(e)).as("floor(log2(10^%d))", e).isEqualTo(exact);
        }
        for (int q = -2620; q <= 2620; q++) {
            assertThat(PowersOfTen.floorLog10Pow2(q)).as("floor(log10(2^%d))", q)
                    .isEqualTo(floorLog10(new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(q))), q < 0));
            BigDecimal threeQuarters = new BigDecimal(BigInteger.valueOf(3).shiftLeft(Math.max(0, q - 2)))
                    .divide(new BigDecimal(BigInteger.ONE.shiftLeft(Math.max(0, 2 - q))));
            assertThat(PowersOfTen.floorLog10ThreeQuartersPow2(q)).as("floor(log10(3/4 2^%d))", q)
                    .isEqualTo(floorLog10(threeQuarters, false));
        }
        BigInteger g = BigInteger.valueOf(PowersOfTen.high(0)).shiftLeft(63)
                .add(BigInteger.valueOf(PowersOfTen.low(0)));
        assertThat(g).isEqualTo(BigInteger.ONE.shiftLeft(125).add(BigInteger.ONE));
    }

    /** floor(log10(x)), or floor(log10(1/x)) when inverse. */
    private static int floorLog10(BigDecimal x, boolean inverse) {
        if (!inverse) {
            BigInteger whole = x.toBigInteger();
            if (whole.signum() > 0) {
                return whole.toString().length() - 1;
            }
            BigDecimal v = x;
            int e = 0;
            while (v.compareTo(BigDecimal.ONE) < 0) {
                v = v.movePointRight(1);
                e--;
            }
            return e;
        }
        String digits = x.toBigInteger().toString();
        boolean powerOfTen = digits.matches("10*");
        return -(digits.length() - 1) - (powerOfTen ? 0 : 1);
    }
}
