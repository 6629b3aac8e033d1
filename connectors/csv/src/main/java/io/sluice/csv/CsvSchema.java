package io.sluice.csv;

import io.sluice.core.data.ColumnType;
import java.util.List;
import java.util.Set;

/**
 * The columns every file of a CSV source has: names, types (declared or guessed) and an estimate of the memory
 * one row takes once parsed, which sizes the blocks a reader yields.
 *
 * @param names column names in file order
 * @param types column types, by position
 * @param declared the names whose type was declared in {@code types}
 * @param bytesPerRow estimated bytes of one parsed row
 */
record CsvSchema(List<String> names, List<ColumnType> types, Set<String> declared, long bytesPerRow) {

    CsvSchema {
        names = List.copyOf(names);
        types = List.copyOf(types);
        declared = Set.copyOf(declared);
    }

    int size() {
        return names.size();
    }
}
