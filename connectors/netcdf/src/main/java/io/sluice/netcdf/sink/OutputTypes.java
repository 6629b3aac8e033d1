package io.sluice.netcdf.sink;

import io.sluice.core.data.ColumnType;
import io.sluice.core.plan.SourceDescription;
import ucar.ma2.Array;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.Variable;

/**
 * How computed values become netCDF values: FLOAT columns are written as float, DOUBLE as double, whole-number
 * columns (counts) as int; missing values (NaN) as the variable's {@code _FillValue}: the source variable's when
 * it stores floating-point values, else netCDF's default fill.
 *
 * <pre>{@code Array a = OutputTypes.array(variable, values, shape, ncVariable);}</pre>
 */
final class OutputTypes {
    /** netCDF's default fill values, used when the source variable has no floating-point _FillValue. */
    private static final double DEFAULT_FILL_DOUBLE = 9.969209968386869e36;
    private static final float DEFAULT_FILL_FLOAT = 9.96921e36f;
    private static final int DEFAULT_FILL_INT = -2147483647;

    private OutputTypes() {
    }

    /** One record of values in the variable's type, NaN as its {@code _FillValue}. */
    static Array array(OutputVariable o, double[] values, int[] shape, Variable v) {
        Attribute fill = v.findAttribute("_FillValue");
        switch (dataType(o.type())) {
            case FLOAT: {
                float missing = fill.getNumericValue().floatValue();
                float[] out = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = Double.isNaN(values[i]) ? missing : (float) values[i];
                }
                return Array.factory(DataType.FLOAT, shape, out);
            }
            case INT: {
                int missing = fill.getNumericValue().intValue();
                int[] out = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = Double.isNaN(values[i]) ? missing : (int) values[i];
                }
                return Array.factory(DataType.INT, shape, out);
            }
            default: {
                double missing = fill.getNumericValue().doubleValue();
                double[] out = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = Double.isNaN(values[i]) ? missing : values[i];
                }
                return Array.factory(DataType.DOUBLE, shape, out);
            }
        }
    }

    /** The netCDF type of a column type. */
    static DataType dataType(ColumnType type) {
        return switch (type) {
            case FLOAT -> DataType.FLOAT;
            case INT, LONG, BOOLEAN -> DataType.INT;
            default -> DataType.DOUBLE;
        };
    }

    /** The {@code _FillValue} attribute of an output variable. */
    static Attribute fill(OutputVariable o, SourceDescription source) {
        Double sourceFill = CfAttributes.fillOf(source, o.name());
        return switch (dataType(o.type())) {
            case FLOAT -> new Attribute("_FillValue", sourceFill == null ? DEFAULT_FILL_FLOAT
                    : sourceFill.floatValue());
            case INT -> new Attribute("_FillValue", DEFAULT_FILL_INT);
            default -> new Attribute("_FillValue", sourceFill == null ? DEFAULT_FILL_DOUBLE : sourceFill);
        };
    }
}
