package io.sluice.netcdf;

import java.io.IOException;
import ucar.ma2.Array;

/**
 * Turns a block of raw values, as netcdf-java read it, into unpacked doubles with NaN for missing values.
 * It works on the array's backing storage (C order) in tiles that stay in the CPU cache: each tile is first
 * widened to double (exact for every type but 64-bit integers beyond 2^53), then tested and unpacked in one
 * loop (NaN fails the valid-range test, so it needs no test of its own). Widening a float is exact, so
 * comparing widened values is comparing floats.
 */
final class ValueConverter {
    private static final int TILE = 4096;

    private ValueConverter() {
    }

    /** Converts every value of {@code raw} into {@code out} from {@code outOffset} on. */
    static void convert(Array raw, Packing p, double[] out, int outOffset) throws IOException {
        Object storage = raw.get1DJavaArray(raw.getElementType());
        convert(storage, java.lang.reflect.Array.getLength(storage), p, out, outOffset);
    }

    /** Converts the first {@code n} values of a primitive array into {@code out} from {@code outOffset} on. */
    static void convert(Object storage, int n, Packing p, double[] out, int outOffset) throws IOException {
        if (storage instanceof float[] floats && isPlainFloat(p)) {
            widenSkippingFill(floats, n, firstMissing(p), secondMissing(p), out, outOffset);
            return;
        }
        boolean identity = p.missing().length == 0 && p.validMin() == Double.NEGATIVE_INFINITY
                && p.validMax() == Double.POSITIVE_INFINITY && p.scale() == 1 && p.offset() == 0;
        for (int from = 0; from < n; from += TILE) {
            int to = Math.min(n, from + TILE);
            widen(storage, p.unsigned(), from, to, out, outOffset);
            if (!identity) {
                unpack(out, outOffset + from, outOffset + to, p);
            }
        }
    }

    /** Float data that is not packed and has no valid range: the common case, converted in one loop. */
    static boolean isPlainFloat(Packing p) {
        return p.scale() == 1 && p.offset() == 0 && p.missing().length <= 2
                && p.validMin() == Double.NEGATIVE_INFINITY && p.validMax() == Double.POSITIVE_INFINITY;
    }

    /** The first missing value of plain float data as a float, NaN when there is none. */
    static float firstMissing(Packing p) {
        return p.missing().length > 0 ? (float) p.missing()[0] : Float.NaN;
    }

    /** The second missing value of plain float data as a float, NaN when there is none. */
    static float secondMissing(Packing p) {
        return p.missing().length > 1 ? (float) p.missing()[1] : Float.NaN;
    }

    private static void widenSkippingFill(float[] a, int n, float m1, float m2, double[] out, int o) {
        for (int i = 0; i < n; i++) {
            float r = a[i];
            out[o + i] = r == m1 | r == m2 ? Double.NaN : r;
        }
    }

    private static void widen(Object storage, boolean unsigned, int from, int to, double[] out, int o)
            throws IOException {
        if (storage instanceof float[] a) {
            for (int i = from; i < to; i++) {
                out[o + i] = a[i];
            }
        } else if (storage instanceof double[] a) {
            System.arraycopy(a, from, out, o + from, to - from);
        } else if (storage instanceof short[] a) {
            for (int i = from; i < to; i++) {
                out[o + i] = unsigned ? a[i] & 0xFFFF : a[i];
            }
        } else if (storage instanceof byte[] a) {
            for (int i = from; i < to; i++) {
                out[o + i] = unsigned ? a[i] & 0xFF : a[i];
            }
        } else if (storage instanceof int[] a) {
            for (int i = from; i < to; i++) {
                out[o + i] = unsigned ? a[i] & 0xFFFFFFFFL : a[i];
            }
        } else if (storage instanceof long[] a) {
            for (int i = from; i < to; i++) {
                out[o + i] = unsigned && a[i] < 0 ? a[i] + 0x1p64 : a[i];
            }
        } else {
            throw new IOException("values of type " + storage.getClass().getComponentType() + " are not numbers");
        }
    }

    /** Marks missing values NaN and unpacks the rest, in place over {@code [from, to)}. */
    private static void unpack(double[] v, int from, int to, Packing p) {
        double lo = p.validMin();
        double hi = p.validMax();
        double scale = p.scale();
        double offset = p.offset();
        double[] missing = p.missing();
        if (missing.length > 2) {
            for (int i = from; i < to; i++) {
                v[i] = p.isMissing(v[i]) ? Double.NaN : v[i] * scale + offset;
            }
            return;
        }
        double m1 = missing.length > 0 ? missing[0] : Double.NaN;
        double m2 = missing.length > 1 ? missing[1] : Double.NaN;
        for (int i = from; i < to; i++) {
            double r = v[i];
            v[i] = r == m1 || r == m2 || !(r >= lo && r <= hi) ? Double.NaN : r * scale + offset;
        }
    }
}
