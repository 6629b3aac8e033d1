package io.sluice.netcdf.sink;

import io.sluice.core.data.ColumnType;
import java.util.Map;

/**
 * A data variable of the output: its name, the type of its values as computed (FLOAT or DOUBLE, or LONG and INT
 * for counts, written as int) and its attributes (units, long_name, standard_name, cell_methods).
 *
 * @param name the variable name
 * @param type the column type
 * @param attributes descriptive attributes
 */
record OutputVariable(String name, ColumnType type, Map<String, String> attributes) {

    /** Copies the attributes. */
    OutputVariable {
        attributes = Map.copyOf(attributes);
    }
}
