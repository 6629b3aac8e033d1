package io.sluice.core.data;

import java.util.Map;

/**
 * A FLOAT or DOUBLE column over a {@code double[]} whose missing rows are true in a {@code boolean[]} (none
 * when it is null), so that NaN read from a file stays a value. FLOAT values are held already rounded to float.
 */
final class DoubleColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final boolean[] nulls;
    private final Map<String, String> attributes;

    DoubleColumn(String name, ColumnType type, double[] values, boolean[] nulls, Map<String, String> attributes) {
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException("a double array column holds FLOAT or DOUBLE, not " + type + ": "
                    + name);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.nulls = nulls;
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public boolean isNull(int row) {
        return nulls != null && nulls[row];
    }

    @Override
    public double doubleValue(int row) {
        return values[row];
    }

    @Override
    public String stringValue(int row) {
        if (isNull(row)) {
            return null;
        }
        return type == ColumnType.FLOAT ? Float.toString((float) values[row]) : Double.toString(values[row]);
    }
}
