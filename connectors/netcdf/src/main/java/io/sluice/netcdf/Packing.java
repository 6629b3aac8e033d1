package io.sluice.netcdf;

import io.sluice.core.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.Variable;

/**
 * How a variable's stored values become numbers, following CF: values equal to {@code _FillValue} or
 * {@code missing_value}, outside {@code valid_min}/{@code valid_max}/{@code valid_range}, or NaN, are missing;
 * the others are unpacked as {@code raw * scale_factor + add_offset}. Every test is made on the raw value, in
 * the variable's own type (a float variable's fill is compared as a float). No default fill is assumed when
 * the attributes are absent.
 *
 * @param missing raw values that mean missing
 * @param validMin smallest valid raw value (or negative infinity)
 * @param validMax largest valid raw value (or positive infinity)
 * @param scale {@code scale_factor}, or 1
 * @param offset {@code add_offset}, or 0
 * @param unsigned whether integral raw values are unsigned
 * @param valueType DOUBLE for double, int and long data or double packing attributes, else FLOAT
 */
record Packing(double[] missing, double validMin, double validMax, double scale, double offset, boolean unsigned,
               ColumnType valueType) {

    /** The packing of {@code variable}, from its attributes. */
    static Packing of(Variable variable) {
        DataType type = variable.getDataType();
        boolean unsigned = variable.isUnsigned();
        Attribute scaleAttr = variable.findAttribute("scale_factor");
        Attribute offsetAttr = variable.findAttribute("add_offset");
        double scale = number(scaleAttr, 0, 1);
        double offset = number(offsetAttr, 0, 0);
        boolean packed = scaleAttr != null || offsetAttr != null;
        Raw raw = new Raw(type, unsigned, packed, scale, offset);
        List<Double> missing = new ArrayList<>();
        Attribute fill = variable.findAttribute("_FillValue");
        if (fill != null && !fill.isString() && fill.getLength() > 0) {
            missing.add(raw.inType(fill.getNumericValue(0).doubleValue()));
        }
        Attribute missingValue = variable.findAttribute("missing_value");
        if (missingValue != null && !missingValue.isString()) {
            for (int i = 0; i < missingValue.getLength(); i++) {
                missing.add(raw.of(missingValue, i));
            }
        }
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        Attribute range = variable.findAttribute("valid_range");
        if (range != null && !range.isString() && range.getLength() == 2) {
            min = raw.of(range, 0);
            max = raw.of(range, 1);
        }
        Attribute vmin = variable.findAttribute("valid_min");
        if (vmin != null && !vmin.isString()) {
            min = raw.of(vmin, 0);
        }
        Attribute vmax = variable.findAttribute("valid_max");
        if (vmax != null && !vmax.isString()) {
            max = raw.of(vmax, 0);
        }
        boolean wide = type == DataType.DOUBLE || type == DataType.INT || type == DataType.LONG
                || isDouble(scaleAttr) || isDouble(offsetAttr);
        return new Packing(missing.stream().mapToDouble(Double::doubleValue).distinct().toArray(),
                Math.min(min, max), Math.max(min, max), scale, offset, unsigned,
                wide ? ColumnType.DOUBLE : ColumnType.FLOAT);
    }

    /** Whether a raw value (already widened to double) is missing. */
    boolean isMissing(double raw) {
        if (raw != raw || raw < validMin || raw > validMax) {
            return true;
        }
        for (double m : missing) {
            if (raw == m) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDouble(Attribute a) {
        return a != null && a.getDataType() == DataType.DOUBLE;
    }

    private static double number(Attribute a, int index, double fallback) {
        if (a == null || a.isString() || a.getLength() <= index) {
            return fallback;
        }
        return a.getNumericValue(index).doubleValue();
    }

    /** Converts attribute values to the raw domain of a variable. */
    private record Raw(DataType type, boolean unsigned, boolean packed, double scale, double offset) {

        /**
         * An attribute value in the raw domain. When the data is packed and the attribute has a floating type
         * other than the variable's, it is taken to be in unpacked units (as netCDF's conventions allow) and packed.
         */
        double of(Attribute a, int index) {
            double v = a.getNumericValue(index).doubleValue();
            if (packed && a.getDataType() != type && a.getDataType().isFloatingPoint() && scale != 0) {
                return (v - offset) / scale;
            }
            return inType(v);
        }

        /** A value cast to the variable's type, as the file would store it, then widened to double. */
        double inType(double v) {
            return switch (type) {
                case FLOAT -> (float) v;
                case DOUBLE -> v;
                case BYTE, SHORT, INT -> unsigned ? AttributeText.unsigned((long) v, type) : (double) (long) v;
                default -> v;
            };
        }
    }
}
