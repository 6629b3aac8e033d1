package io.sluice.csv;

/**
 * Appends a double or float as the shortest decimal that reads back to the same value, laid out as
 * {@link Double#toString}/{@link Float#toString} lay it out ({@code 268.58664}, {@code 0.001}, {@code 1.0E7},
 * {@code 4.9E-324}, {@code -0.0}, {@code NaN}), without creating objects. The digits come from R. Giulietti's
 * Schubfach algorithm ("The Schubfach way to render doubles", 2020): of the decimals inside the value's rounding
 * interval it finds the one with the fewest digits (at least two), and of those the closest to the value, with
 * three 128-bit multiplications. This is what JDK 19 and later print; JDK 17 prints the same text except for
 * rare values where it gives one digit too many (JDK-4511638), such as {@code 2.0E-3} or
 * {@code Float.MIN_NORMAL}, which JDK 17 prints as {@code 1.17549435E-38} and this as {@code 1.1754944E-38}.
 * An instance holds a small scratch buffer, so each thread uses its own.
 *
 * <pre>{@code new ShortestDecimal().appendDouble(out, 0.1 + 0.2);   // appends 0.30000000000000004}</pre>
 */
final class ShortestDecimal {
    private static final long LOW_63 = (1L << 63) - 1;
    private static final int DOUBLE_Q_MIN = -1074;
    private static final long DOUBLE_C_MIN = 1L << 52;
    private static final int DOUBLE_C_TINY = 3;
    private static final int FLOAT_Q_MIN = -149;
    private static final long FLOAT_C_MIN = 1L << 23;
    private static final int FLOAT_C_TINY = 8;

    private static final long[] POWERS = powersOfTen();
    private final char[] chars = new char[20];
    private final char[] text = new char[32];
    private long digits;
    private int exponent;

    /** Appends {@code value} as the shortest round-trip decimal in the JDK's layout. */
    void appendDouble(StringBuilder out, double value) {
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & (DOUBLE_C_MIN - 1);
        if (biased == 0x7FF) {
            out.append(fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity");
            return;
        }
        if (biased != 0) {
            int mq = 1075 - biased;
            long c = DOUBLE_C_MIN | fraction;
            if (!wholeNumber(c, mq, 53)) {
                decimal(-mq, c, 0, DOUBLE_C_MIN, DOUBLE_Q_MIN);
            }
        } else if (fraction != 0) {
            subnormal(fraction, DOUBLE_C_TINY, DOUBLE_C_MIN, DOUBLE_Q_MIN);
        } else {
            out.append(bits < 0 ? "-0.0" : "0.0");
            return;
        }
        layOut(out, bits < 0);
    }

    /** Appends {@code value} as the shortest decimal that reads back as the same float, in the JDK's layout. */
    void appendFloat(StringBuilder out, float value) {
        int bits = Float.floatToRawIntBits(value);
        int biased = bits >>> 23 & 0xFF;
        long fraction = bits & (FLOAT_C_MIN - 1);
        if (biased == 0xFF) {
            out.append(fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity");
            return;
        }
        if (biased != 0) {
            int mq = 150 - biased;
            long c = FLOAT_C_MIN | fraction;
            if (!wholeNumber(c, mq, 24)) {
                decimal(-mq, c, 0, FLOAT_C_MIN, FLOAT_Q_MIN);
            }
        } else if (fraction != 0) {
            subnormal(fraction, FLOAT_C_TINY, FLOAT_C_MIN, FLOAT_Q_MIN);
        } else {
            out.append(bits < 0 ? "-0.0" : "0.0");
            return;
        }
        layOut(out, bits < 0);
    }

    /** A value c * 2^-mq that is a whole number below 2^precision is its own shortest decimal. */
    private boolean wholeNumber(long c, int mq, int precision) {
        if (mq <= 0 || mq >= precision) {
            return false;
        }
        long whole = c >> mq;
        if (whole << mq != c) {
            return false;
        }
        digits = whole;
        exponent = 0;
        return true;
    }

    /** The smallest subnormals have so few bits that the closest two-digit decimal is sought at ten times c. */
    private void subnormal(long c, int tiny, long cMin, int qMin) {
        if (c < tiny) {
            decimal(qMin, 10 * c, -1, cMin, qMin);
        } else {
            decimal(qMin, c, 0, cMin, qMin);
        }
    }

    /**
     * Sets {@link #digits} and {@link #exponent} to the shortest decimal in the rounding interval of
     * {@code c * 2^q} (scaled by {@code 10^dk}); the interval is closed when c is even. Notation of the paper:
     * the interval's bounds and the value are computed at four times their size, in units of 10^k.
     */
    private void decimal(int q, long c, int dk, long cMin, int qMin) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != cMin || q == qMin) {
            cbl = cb - 2;
            k = PowersOfTen.floorLog10Pow2(q);
        } else {
            cbl = cb - 1;                     // at a power of two the interval below is half as wide
            k = PowersOfTen.floorLog10ThreeQuartersPow2(q);
        }
        int h = q + PowersOfTen.floorLog2Pow10(-k) + 2;
        long g1 = PowersOfTen.high(-k);
        long g0 = PowersOfTen.low(-k);
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = s / 10 * 10;          // one digit shorter: at most one multiple of ten fits the interval
            long tp10 = sp10 + 10;
            boolean upIn = vbl + out <= sp10 << 2;
            boolean wpIn = (tp10 << 2) + out <= vbr;
            if (upIn != wpIn) {
                set(upIn ? sp10 : tp10, k + dk);
                return;
            }
        }
        long t = s + 1;
        boolean uIn = vbl + out <= s << 2;
        boolean wIn = (t << 2) + out <= vbr;
        if (uIn != wIn) {
            set(uIn ? s : t, k + dk);
            return;
        }
        long cmp = vb - (s + t << 1);         // both fit: the closer one, the even one on a tie
        set(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    private void set(long decimalDigits, int decimalExponent) {
        digits = decimalDigits;
        exponent = decimalExponent;
    }

    /** floor(g * cp / 2^127) with its lowest bit set when the remainder is not zero ("round to odd"). */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & LOW_63) + LOW_63 >>> 63;
    }

    /**
     * Writes digits * 10^exponent plainly for 10^-3 <= |v| < 10^7, else as d.dddE±n, as the JDK does: the text is
     * put together in {@link #text} and appended at once.
     */
    private void layOut(StringBuilder out, boolean negative) {
        int n = writeDigits(digits);
        int e = exponent;
        while (chars[n - 1] == '0') {         // digits holds no zero value, so a non-zero digit stops this
            n--;
            e++;
        }
        int at = 0;
        if (negative) {
            text[at++] = '-';
        }
        int point = e + n;                    // the value is 0.d1d2..dn * 10^point
        if (point > 7 || point < -2) {
            text[at++] = chars[0];
            text[at++] = '.';
            if (n > 1) {
                System.arraycopy(chars, 1, text, at, n - 1);
                at += n - 1;
            } else {
                text[at++] = '0';
            }
            text[at++] = 'E';
            at = writeExponent(point - 1, at);
        } else if (point <= 0) {
            text[at++] = '0';
            text[at++] = '.';
            for (int i = point; i < 0; i++) {
                text[at++] = '0';
            }
            System.arraycopy(chars, 0, text, at, n);
            at += n;
        } else if (n <= point) {
            System.arraycopy(chars, 0, text, at, n);
            at += n;
            for (int i = n; i < point; i++) {
                text[at++] = '0';
            }
            text[at++] = '.';
            text[at++] = '0';
        } else {
            System.arraycopy(chars, 0, text, at, point);
            at += point;
            text[at++] = '.';
            System.arraycopy(chars, point, text, at, n - point);
            at += n - point;
        }
        out.append(text, 0, at);
    }

    /** Writes a decimal exponent (at most three digits) at {@code at}; returns the position after it. */
    private int writeExponent(int value, int at) {
        int i = at;
        int v = value;
        if (v < 0) {
            text[i++] = '-';
            v = -v;
        }
        if (v >= 100) {
            text[i++] = (char) ('0' + v / 100);
            v %= 100;
            text[i++] = (char) ('0' + v / 10);
        } else if (v >= 10) {
            text[i++] = (char) ('0' + v / 10);
        }
        text[i++] = (char) ('0' + v % 10);
        return i;
    }

    /** Writes the decimal digits of {@code f > 0} to the start of {@link #chars}, two at a time in int arithmetic. */
    private int writeDigits(long f) {
        int m = PowersOfTen.floorLog10Pow2(64 - Long.numberOfLeadingZeros(f));
        int n = f >= POWERS[m] ? m + 1 : m;
        int i = n;
        long rest = f;
        while (rest >= 100_000_000L) {
            long high = rest / 100_000_000L;
            int low = (int) (rest - high * 100_000_000L);
            for (int j = 0; j < 4; j++) {
                int q = low / 100;
                int r = low - q * 100;
                chars[--i] = (char) ('0' + r % 10);
                chars[--i] = (char) ('0' + r / 10);
                low = q;
            }
            rest = high;
        }
        int low = (int) rest;
        while (i > 1) {
            int q = low / 100;
            int r = low - q * 100;
            chars[--i] = (char) ('0' + r % 10);
            chars[--i] = (char) ('0' + r / 10);
            low = q;
        }
        if (i == 1) {
            chars[0] = (char) ('0' + low);
        }
        return n;
    }

    private static long[] powersOfTen() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }
}
