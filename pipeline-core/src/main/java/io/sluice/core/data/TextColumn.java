package io.sluice.core.data;

import java.util.Map;

/** A STRING column over a {@code String[]}; a null element is a missing value. */
final class TextColumn implements Column {
    private final String name;
    private final String[] values;
    private final Map<String, String> attributes;

    TextColumn(String name, String[] values, Map<String, String> attributes) {
        this.name = name;
        this.values = values;
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
