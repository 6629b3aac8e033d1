package io.sluice.core.data;

/** A column with one value in every row, such as a chunk label. */
final class ConstantColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final String text;
    private final double number;
    private final long whole;

    ConstantColumn(String name, ColumnType type, String text) {
        this.name = name;
        this.type = type;
        this.text = text;
        if (text == null || type == ColumnType.STRING) {
            this.whole = 0;
            this.number = Double.NaN;
        } else if (type == ColumnType.BOOLEAN) {
            this.whole = Boolean.parseBoolean(text) ? 1 : 0;
            this.number = whole;
        } else if (type == ColumnType.INT || type == ColumnType.LONG) {
            this.whole = Long.parseLong(text);
            this.number = whole;
        } else if (type.isFloatingPoint()) {
            this.number = Double.parseDouble(text);
            this.whole = (long) number;
        } else {
            throw new IllegalArgumentException("a constant " + type + " column is not supported: " + name);
        }
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
        return text == null;
    }

    @Override
    public double doubleValue(int row) {
        return number;
    }

    @Override
    public long longValue(int row) {
        return whole;
    }

    @Override
    public String stringValue(int row) {
        return text;
    }
}
