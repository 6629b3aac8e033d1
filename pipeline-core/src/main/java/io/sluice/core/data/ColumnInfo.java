package io.sluice.core.data;

import java.io.Serializable;
import java.util.Map;

/**
 * The name, type and attributes of a table column, known before any row is read: what stages check
 * expressions and column names against when a pipeline is planned.
 *
 * <pre>{@code ColumnInfo.of("tas", ColumnType.FLOAT, Map.of("units", "K"))}</pre>
 *
 * @param name column name
 * @param type value type
 * @param attributes attributes such as {@code units}
 */
public record ColumnInfo(String name, ColumnType type, Map<String, String> attributes) implements Serializable {

    /** Copies the attributes. */
    public ColumnInfo {
        attributes = Map.copyOf(attributes);
    }

    /** A column description. */
    public static ColumnInfo of(String name, ColumnType type, Map<String, String> attributes) {
        return new ColumnInfo(name, type, attributes);
    }

    /** The description of an existing column. */
    public static ColumnInfo of(Column column) {
        return new ColumnInfo(column.name(), column.type(), column.attributes());
    }

    /** The same column under another name. */
    public ColumnInfo withName(String newName) {
        return new ColumnInfo(newName, type, attributes);
    }

    /** The same column with another type. */
    public ColumnInfo withType(ColumnType newType) {
        return new ColumnInfo(name, newType, attributes);
    }
}
