package io.sluice.converters.table;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnInfo;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import io.sluice.core.spi.TableTransform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage type {@code rename}: gives columns new names ({@code old: new}), keeping their order, types and values.
 *
 * <pre>{@code
 * stages:
 *   - { type: rename, columns: { tas: tas_k, lat: latitude } }
 * }</pre>
 * or in Java {@code TableStages.rename(Map.of("tas", "tas_k"))}.
 */
public final class RenameFactory implements StageFactory {

    /** The factory ServiceLoader instantiates. */
    public RenameFactory() {
    }

    @Override
    public String type() {
        return "rename";
    }

    @Override
    public Stage create(ConfigReader settings) {
        Config columns = settings.requiredMapping("columns", "old and new names, such as { tas: tas_k }");
        if (columns == null) {
            return null;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (String old : columns.keys()) {
            Object value = columns.get(old);
            Place place = Place.of(columns, old);
            if (value instanceof Config || value instanceof List || String.valueOf(value).isBlank()) {
                settings.problem(columns, old, "expected the new name of '" + old + "'");
                continue;
            }
            renames.put(old, String.valueOf(value));
            places.put(old, place);
        }
        if (renames.isEmpty()) {
            settings.problem("columns", "is empty; give at least one old: new pair");
            return null;
        }
        return new Rename(renames, places);
    }

    private record Rename(Map<String, String> renames, Map<String, Place> places) implements TableTransform {
        @Override
        public String type() {
            return "rename";
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            boolean ok = true;
            for (String old : renames.keySet()) {
                if (input.find(old).isEmpty()) {
                    places.get(old).problem(problems, SelectFactory.unknown(old, input));
                    ok = false;
                }
            }
            List<ColumnInfo> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (ColumnInfo c : input.columns()) {
                String name = renames.getOrDefault(c.name(), c.name());
                if (!names.add(name)) {
                    String old = renames.containsKey(c.name()) ? c.name() : firstRenamedTo(name);
                    places.get(old).problem(problems, "the new name '" + name + "' is already a column; choose"
                            + " another name, or drop that column first with select");
                    ok = false;
                }
                out.add(c.withName(name));
            }
            if (!ok) {
                return null;
            }
            TableSchema output = TableSchema.of(out);
            return new BoundTransform() {
                @Override
                public TableSchema output() {
                    return output;
                }

                @Override
                public Table apply(Table table) {
                    List<Column> columns = new ArrayList<>(table.columns().size());
                    for (Column c : table.columns()) {
                        String name = renames.get(c.name());
                        columns.add(name == null ? c : c.withName(name));
                    }
                    return Table.of(table.rowCount(), columns);
                }
            };
        }

        private String firstRenamedTo(String name) {
            return renames.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow()
                    .getKey();
        }
    }
}
