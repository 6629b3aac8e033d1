package io.sluice.core.data;

import java.util.BitSet;
import java.util.Map;

/**
 * What the primitive array columns share: a name, a type, attributes and a null mask (set bits are missing rows;
 * a NaN stored in a floating-point array is a value, not a missing one). Subclasses hold the values.
 */
abstract class MaskedColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final BitSet nulls;
    private final Map<String, String> attributes;

    MaskedColumn(String name, ColumnType type, BitSet nulls, Map<String, String> attributes) {
        this.name = name;
        this.type = type;
        this.nulls = nulls == null ? new BitSet() : nulls;
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ColumnType type() {
        return type;
    }

    @Override
    public final Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public final boolean isNull(int row) {
        return nulls.get(row);
    }

    @Override
    public final String stringValue(int row) {
        return nulls.get(row) ? null : text(row);
    }

    /** The text of a value that is not missing. */
    abstract String text(int row);
}
