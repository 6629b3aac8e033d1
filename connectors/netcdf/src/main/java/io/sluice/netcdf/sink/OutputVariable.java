package io.sluice.netcdf.sink;

import io.sluice.core.data.ColumnType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data variable of the output: its name, the type of its values as computed (FLOAT or DOUBLE, or LONG and INT
 * for counts, written as int) and its attributes (units, long_name, standard_name, cell_methods).
 *
 * @param name the variable name
 * @param type the column type
 * @param attributes descriptive attributes
 */
record OutputVariable(String name, ColumnType type, Map<String, String> attributes) {

    /** Copies the attributes, in name order (so that files are the same byte for byte from run to run). */
    OutputVariable {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
