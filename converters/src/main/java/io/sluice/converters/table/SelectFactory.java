package io.sluice.converters.table;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.DidYouMean;
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
import java.util.List;
import java.util.Set;

/**
 * Stage type {@code select}: keeps the named columns, in the order given; the rows are not copied.
 *
 * <pre>{@code
 * stages:
 *   - { type: select, columns: [time, lat, lon, tas] }
 * }</pre>
 * or in Java {@code TableStages.select("time", "lat", "lon", "tas")}.
 */
public final class SelectFactory implements StageFactory {

    /** The factory ServiceLoader instantiates. */
    public SelectFactory() {
    }

    @Override
    public String type() {
        return "select";
    }

    @Override
    public Stage create(ConfigReader settings) {
        List<String> names = settings.strings("columns", null);
        if (names == null) {
            settings.problem("columns", "is required: the columns to keep, in order, such as [time, lat, lon, tas]");
            return null;
        }
        if (names.isEmpty()) {
            settings.problem("columns", "is empty; name at least one column to keep");
            return null;
        }
        boolean isList = settings.config().get("columns") instanceof List;
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            places.add(Place.of(settings.config(), isList ? "columns[" + i + "]" : "columns"));
        }
        return new Select(names, places);
    }

    private record Select(List<String> names, List<Place> places) implements TableTransform {
        @Override
        public String type() {
            return "select";
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            List<ColumnInfo> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            boolean ok = true;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!seen.add(name)) {
                    places.get(i).problem(problems, "'" + name + "' is selected twice");
                    ok = false;
                } else if (input.find(name).isEmpty()) {
                    places.get(i).problem(problems, unknown(name, input));
                    ok = false;
                } else {
                    out.add(input.find(name).get());
                }
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
                    List<Column> columns = new ArrayList<>(names.size());
                    for (String name : names) {
                        columns.add(table.column(name));
                    }
                    return Table.of(table.rowCount(), columns);
                }
            };
        }
    }

    /** "unknown column 'x'; columns: a, b. Did you mean 'y'?" */
    static String unknown(String name, TableSchema input) {
        return "unknown column '" + name + "'; columns: " + String.join(", ", input.names()) + "."
                + DidYouMean.hint(name, input.names());
    }
}
