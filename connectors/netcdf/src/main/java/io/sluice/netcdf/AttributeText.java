package io.sluice.netcdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;

/** Attributes as text for descriptions: strings as they are, numbers as Java prints them, lists joined by ", ". */
final class AttributeText {
    private AttributeText() {
    }

    /** The attributes by name, in file order. */
    static Map<String, String> of(List<Attribute> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            out.put(a.getShortName(), text(a));
        }
        return out;
    }

    /** One attribute's value as text. */
    static String text(Attribute a) {
        if (a.isString()) {
            if (a.getLength() <= 1) {
                String s = a.getStringValue();
                return s == null ? "" : s;
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.getLength(); i++) {
                b.append(i == 0 ? "" : ", ").append(a.getStringValue(i));
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.getLength(); i++) {
            b.append(i == 0 ? "" : ", ").append(number(a, i));
        }
        return b.toString();
    }

    private static String number(Attribute a, int i) {
        Number n = a.getNumericValue(i);
        if (n == null) {
            return "";
        }
        if (a.isUnsigned() && a.getDataType().isIntegral()) {
            return Long.toString(unsigned(n.longValue(), a.getDataType()));
        }
        return n.toString();
    }

    /** An integral attribute or value read as signed, reinterpreted as unsigned of the given type. */
    static long unsigned(long value, DataType type) {
        return switch (type) {
            case BYTE -> value & 0xFFL;
            case SHORT -> value & 0xFFFFL;
            case INT -> value & 0xFFFFFFFFL;
            default -> value;
        };
    }
}
