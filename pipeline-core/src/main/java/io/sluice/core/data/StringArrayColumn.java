package io.sluice.core.data;

/** A STRING column over a {@code String[]}; a null element is a missing value. */
final class StringArrayColumn implements Column {
    private final String name;
    private final String[] values;

    StringArrayColumn(String name, String[] values) {
        this.name = name;
        this.values = values;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.STRING;
    }

    @Override
    public boolean isNull(int row) {
        return values[row] == null;
    }

    @Override
    public double doubleValue(int row) {
        return Double.NaN;
    }

    @Override
    public String stringValue(int row) {
        return values[row];
    }
}
