package io.sluice.converters.table;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnInfo;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import io.sluice.core.spi.TableTransform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage type {@code cast}: converts columns to another type ({@code column: type}); types are
 * {@code string, boolean, int, long, float, double, date, timestamp}. The rules (rounding, ranges, ISO text)
 * are those of {@link Conversion}; a value that does not convert fails the run with its text and column.
 *
 * <pre>{@code
 * stages:
 *   - { type: cast, columns: { year: string, tas: float } }
 * }</pre>
 * or in Java {@code TableStages.cast(Map.of("year", "string"))}.
 */
public final class CastFactory implements StageFactory {
    private static final List<String> TYPES = Arrays.stream(ColumnType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    /** The factory ServiceLoader instantiates. */
    public CastFactory() {
    }

    @Override
    public String type() {
        return "cast";
    }

    @Override
    public Stage create(ConfigReader settings) {
        Config columns = settings.requiredMapping("columns", "columns and their new types, such as { year: string }");
        if (columns == null) {
            return null;
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        boolean ok = true;
        for (String name : columns.keys()) {
            String type = String.valueOf(columns.get(name)).toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                settings.problem(columns, name, "'" + columns.get(name) + "' is not a type; expected one of "
                        + String.join(", ", TYPES) + "." + DidYouMean.hint(type, TYPES));
                ok = false;
                continue;
            }
            types.put(name, ColumnType.valueOf(type.toUpperCase(Locale.ROOT)));
            places.put(name, Place.of(columns, name));
        }
        return ok ? new Cast(types, places) : null;
    }

    private record Cast(Map<String, ColumnType> types, Map<String, Place> places) implements TableTransform {
        @Override
        public String type() {
            return "cast";
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            boolean ok = true;
            for (Map.Entry<String, ColumnType> e : types.entrySet()) {
                var column = input.find(e.getKey());
                if (column.isEmpty()) {
                    places.get(e.getKey()).problem(problems, SelectFactory.unknown(e.getKey(), input));
                    ok = false;
                } else if (!Conversion.supported(column.get().type(), e.getValue())) {
                    places.get(e.getKey()).problem(problems, "'" + e.getKey() + "' is " + column.get().type()
                            + ", which does not convert to " + e.getValue() + "; DATE and TIMESTAMP convert to"
                            + " each other and to STRING only");
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            List<ColumnInfo> out = new ArrayList<>();
            for (ColumnInfo c : input.columns()) {
                out.add(types.containsKey(c.name()) ? c.withType(types.get(c.name())) : c);
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
                        ColumnType to = types.get(c.name());
                        columns.add(to == null ? c : convert(c, to, table.rowCount()));
                    }
                    return Table.of(table.rowCount(), columns);
                }

                private Column convert(Column c, ColumnType to, int rows) {
                    try {
                        return Conversion.convert(c, to, rows);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(places.get(c.name()).failure(c.name() + " to "
                                + to.name().toLowerCase(Locale.ROOT), e.getMessage()), e);
                    }
                }
            };
        }
    }
}
