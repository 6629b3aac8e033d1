package io.sluice.testdata;

/**
 * CF packing of a value into a 16-bit integer: {@code value = stored * scaleFactor + addOffset}.
 * Both attributes are written as 32-bit floats.
 *
 * <pre>{@code
 * Packing p = Packing.of(0.5f, 101325f);
 * short s = p.pack(101400.2);   // 150, which unpacks to 101400.0
 * }</pre>
 *
 * @param scaleFactor the {@code scale_factor} attribute
 * @param addOffset the {@code add_offset} attribute
 */
public record Packing(float scaleFactor, float addOffset) {

  /** Validates and creates a packing. */
  public Packing {
    if (!(scaleFactor > 0) || !Float.isFinite(addOffset)) {
      throw new IllegalArgumentException("packing needs scale_factor > 0 and a finite add_offset, got "
          + scaleFactor + " and " + addOffset);
    }
  }

  /** Creates a packing from its two attributes. */
  public static Packing of(float scaleFactor, float addOffset) {
    return new Packing(scaleFactor, addOffset);
  }

  /**
   * Packs a value, rounding half up: {@code round((value - addOffset) / scaleFactor)}. Results of -32767 or
   * less are refused, so they stay free for {@code _FillValue}.
   */
  public short pack(double value) {
    long stored = Math.round((value - addOffset) / scaleFactor);
    if (stored <= Short.MIN_VALUE + 1 || stored > Short.MAX_VALUE) {
      throw new IllegalArgumentException("value " + value + " does not fit int16 with scale_factor "
          + scaleFactor + " and add_offset " + addOffset);
    }
    return (short) stored;
  }

  /** Unpacks a stored value. */
  public double unpack(short stored) {
    return stored * (double) scaleFactor + addOffset;
  }
}
