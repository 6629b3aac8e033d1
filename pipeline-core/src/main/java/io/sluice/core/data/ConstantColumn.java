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
        this.number = type == ColumnType.STRING || text == null ? Double.NaN : Double.parseDouble(text);
        this.whole = type == ColumnType.LONG && text != null ? Long.parseLong(text) : (long) number;
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
