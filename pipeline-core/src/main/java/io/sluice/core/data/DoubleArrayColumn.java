package io.sluice.core.data;

/**
 * A FLOAT or DOUBLE column over a {@code double[]} whose missing rows are set bits of a null mask, so that NaN
 * read from a file stays a value. FLOAT values are held already rounded to float.
 */
final class DoubleArrayColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final long[] nulls;

    DoubleArrayColumn(String name, ColumnType type, double[] values, long[] nulls) {
        if (!type.isFloatingPoint()) {
            throw new IllegalArgumentException("a double array column holds FLOAT or DOUBLE, not " + type + ": "
                    + name);
        }
        this.name = name;
        this.type = type;
        this.values = values;
        this.nulls = nulls;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public boolean isNull(int row) {
        return NullMask.isSet(nulls, row);
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
