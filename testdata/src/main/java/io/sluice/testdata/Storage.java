package io.sluice.testdata;

import ucar.ma2.DataType;

/**
 * How a fixture variable's values are stored in the file.
 *
 * <pre>{@code
 * FixtureVariable.tas().withStorage(Storage.DOUBLE);
 * }</pre>
 */
public enum Storage {
  /** 32-bit float. */
  FLOAT(DataType.FLOAT),
  /** 64-bit float. */
  DOUBLE(DataType.DOUBLE),
  /** 16-bit integer packed with {@code scale_factor} and {@code add_offset} (see {@link Packing}). */
  PACKED_SHORT(DataType.SHORT);

  private final DataType dataType;

  Storage(DataType dataType) {
    this.dataType = dataType;
  }

  /** The netCDF data type of the stored values. */
  public DataType dataType() {
    return dataType;
  }
}
