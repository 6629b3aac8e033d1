package io.sluice.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Ways to turn the big-endian float32 bytes of a NetCDF-3 record into Java values, the first step of every
 * NetCDF-3 read: the bulk {@code ByteBuffer.asFloatBuffer().get} the connector uses (then a second pass widens
 * to double and marks missing values), and a fused single pass that decodes, tests the fill value and widens.
 *
 * <pre>{@code
 * float[] f = new float[n];
 * BigEndianDecoding.bulk(bytes, f);                            // as the NetCDF connector reads records
 * BigEndianDecoding.fusedToDouble(bytes, 1e20f, doubles);      // decode + missing test + widen in one pass
 * }</pre>
 */
public final class BigEndianDecoding {
    private static final VarHandle FLOAT_BE =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);

    private BigEndianDecoding() {
    }

    /** Bulk decoding through a float view of a heap buffer, as the NetCDF connector's classic reader does. */
    public static void bulk(byte[] bytes, float[] out) {
        ByteBuffer.wrap(bytes).asFloatBuffer().get(out, 0, out.length);
    }

    /** One value at a time through a big-endian byte-array view. */
    public static void viewLoop(byte[] bytes, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) FLOAT_BE.get(bytes, i << 2);
        }
    }

    /** Widens decoded floats to double, NaN where the raw value equals {@code fill}: the connector's 2nd pass. */
    public static void widen(float[] raw, float fill, double[] out) {
        for (int i = 0; i < raw.length; i++) {
            float f = raw[i];
            out[i] = f == fill ? Double.NaN : f;
        }
    }

    /** Decodes, tests the fill value and widens in a single pass over the bytes. */
    public static void fusedToDouble(byte[] bytes, float fill, double[] out) {
        for (int i = 0; i < out.length; i++) {
            float f = (float) FLOAT_BE.get(bytes, i << 2);
            out[i] = f == fill ? Double.NaN : f;
        }
    }
}
