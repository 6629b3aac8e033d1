package io.sluice.testdata;

/**
 * A block of forced missing values: one grid cell, missing for every time step whose start date lies in
 * [{@code fromDate}, {@code toDate}). Dates are integers {@code yyyymmdd}.
 *
 * <pre>{@code
 * Gap jja1982 = Gap.of(0, 0, 19820601, 19820901);   // cell (lat 0, lon 0) missing for all of JJA 1982
 * }</pre>
 *
 * @param latIndex index along the lat dimension
 * @param lonIndex index along the lon dimension
 * @param fromDate first missing date, inclusive
 * @param toDate end date, exclusive
 */
public record Gap(int latIndex, int lonIndex, int fromDate, int toDate) {

  /** Validates and creates a gap. */
  public Gap {
    if (latIndex < 0 || lonIndex < 0 || fromDate >= toDate) {
      throw new IllegalArgumentException("gap needs non-negative indices and fromDate < toDate, got "
          + latIndex + ", " + lonIndex + ", " + fromDate + ", " + toDate);
    }
  }

  /** Creates a gap. */
  public static Gap of(int latIndex, int lonIndex, int fromDate, int toDate) {
    return new Gap(latIndex, lonIndex, fromDate, toDate);
  }

  /** Whether this gap makes the cell missing at a step starting on {@code date}. */
  public boolean covers(int lat, int lon, int date) {
    return lat == latIndex && lon == lonIndex && date >= fromDate && date < toDate;
  }
}
