package io.sluice.testdata;

/**
 * The deterministic formula behind a fixture variable. Every formula uses the latitude and longitude in
 * radians ({@code phi}, {@code lambda}), the seasonal phase {@code s = cos(2 pi (doy - 15) / yearLength)}
 * (see {@link TimeAxis#dayOfYear}) and one uniform draw {@code u} in [0, 1) per cell.
 *
 * <pre>{@code
 * double t = FieldShape.TEMPERATURE.value(45.0, 0.0, 15.0, 365, 0.5);   // 280 + 15 sin(45 deg) = 290.6066...
 * }</pre>
 */
public enum FieldShape {
  /** Air temperature in K: {@code 280 + 15 sin(phi) s + (u - 0.5)}, so the noise stays within +-0.5 K. */
  TEMPERATURE,
  /**
   * Precipitation flux in kg m-2 s-1, never negative:
   * {@code 2e-5 (1 + 0.5 cos(2 pi (doy - 15) / yearLength + lambda)) (-ln(1 - u))}.
   */
  PRECIPITATION,
  /** Sea-level pressure in Pa: {@code 101325 + 1500 sin(2 phi) s + 800 cos(lambda) + 400 (u - 0.5)}. */
  PRESSURE;

  /** Evaluates the formula for one cell and one time step. */
  public double value(double latDegrees, double lonDegrees, double doy, int yearLength, double u) {
    double phi = Math.toRadians(latDegrees);
    double lambda = Math.toRadians(lonDegrees);
    double phase = 2 * Math.PI * (doy - 15) / yearLength;
    return switch (this) {
      case TEMPERATURE -> 280 + 15 * Math.sin(phi) * Math.cos(phase) + (u - 0.5);
      case PRECIPITATION -> 2e-5 * (1 + 0.5 * Math.cos(phase + lambda)) * -Math.log1p(-u);
      case PRESSURE -> 101325 + 1500 * Math.sin(2 * phi) * Math.cos(phase) + 800 * Math.cos(lambda)
          + 400 * (u - 0.5);
    };
  }
}
