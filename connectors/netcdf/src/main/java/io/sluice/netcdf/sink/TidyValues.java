package io.sluice.netcdf.sink;

import io.sluice.core.data.ColumnType;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;

/**
 * How a tidy table's columns are stored as netCDF variables: FLOAT as float, DOUBLE as double, INT as int, and
 * LONG as double (NetCDF-3 has no 64-bit integers; values beyond 2^53 are refused when staged). A missing
 * value (null, or NaN) is written as netCDF's default fill value of the type, set as {@code _FillValue}.
 *
 * <pre>{@code Array a = TidyValues.array(ColumnType.FLOAT, values, size, shape);}</pre>
 */
final class TidyValues {
    private static final double FILL_DOUBLE = 9.969209968386869e36;
    private static final float FILL_FLOAT = 9.96921e36f;
    private static final int FILL_INT = -2147483647;

    private TidyValues() {
    }

    /** The netCDF type a column of {@code type} is written as. */
    static DataType dataType(ColumnType type) {
        return switch (type) {
            case FLOAT -> DataType.FLOAT;
            case INT -> DataType.INT;
            default -> DataType.DOUBLE;
        };
    }

    /** The {@code _FillValue} attribute of a variable of {@code type}. */
    static Attribute fill(ColumnType type) {
        return switch (dataType(type)) {
            case FLOAT -> new Attribute("_FillValue", FILL_FLOAT);
            case INT -> new Attribute("_FillValue", FILL_INT);
            default -> new Attribute("_FillValue", FILL_DOUBLE);
        };
    }

    /** The first {@code size} values in the variable's type, NaN as the fill value, shaped {@code shape}. */
    static Array array(ColumnType type, double[] values, int size, int[] shape) {
        switch (dataType(type)) {
            case FLOAT: {
                float[] out = new float[size];
                for (int i = 0; i < size; i++) {
                    out[i] = Double.isNaN(values[i]) ? FILL_FLOAT : (float) values[i];
                }
                return Array.factory(DataType.FLOAT, shape, out);
            }
            case INT: {
                int[] out = new int[size];
                for (int i = 0; i < size; i++) {
                    out[i] = Double.isNaN(values[i]) ? FILL_INT : (int) values[i];
                }
                return Array.factory(DataType.INT, shape, out);
            }
            default: {
                double[] out = new double[size];
                for (int i = 0; i < size; i++) {
                    out[i] = Double.isNaN(values[i]) ? FILL_DOUBLE : values[i];
                }
                return Array.factory(DataType.DOUBLE, shape, out);
            }
        }
    }
}
