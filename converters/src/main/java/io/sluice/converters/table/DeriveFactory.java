package io.sluice.converters.table;

import io.sluice.converters.expression.Expression;
import io.sluice.converters.expression.ExpressionException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage type {@code derive}: computes columns from {@link Expression}s ({@code name: expression}), in the order
 * given, so that a later expression may use an earlier derived column. A new name is appended; the name of an
 * existing column replaces that column in place (its attributes, such as units, are dropped).
 *
 * <pre>{@code
 * stages:
 *   - type: derive
 *     columns: { tas_c: "tas - 273.15", warm: "tas_c > 20" }
 * }</pre>
 * or in Java {@code TableStages.derive(Map.of("tas_c", "tas - 273.15"))}.
 */
public final class DeriveFactory implements StageFactory {

    /** The factory ServiceLoader instantiates. */
    public DeriveFactory() {
    }

    @Override
    public String type() {
        return "derive";
    }

    @Override
    public Stage create(ConfigReader settings) {
        Config columns = settings.requiredMapping("columns",
                "new columns and their expressions, such as { tas_c: \"tas - 273.15\" }");
        if (columns == null) {
            return null;
        }
        Map<String, String> expressions = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (String name : columns.keys()) {
            Object value = columns.get(name);
            if (value instanceof Config || value instanceof List) {
                settings.problem(columns, name, "expected an expression, such as \"tas - 273.15\"");
                continue;
            }
            expressions.put(name, String.valueOf(value));
            places.put(name, Place.of(columns, name));
        }
        if (expressions.isEmpty()) {
            settings.problem("columns", "is empty; give at least one name: expression pair");
            return null;
        }
        return new Derive(expressions, places);
    }

    private record Derive(Map<String, String> expressions, Map<String, Place> places) implements TableTransform {
        @Override
        public String type() {
            return "derive";
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            List<String> names = new ArrayList<>();
            List<Expression> compiled = new ArrayList<>();
            TableSchema schema = input;
            boolean ok = true;
            for (Map.Entry<String, String> e : expressions.entrySet()) {
                try {
                    Expression x = Expression.compile(e.getValue(), schema);
                    names.add(e.getKey());
                    compiled.add(x);
                    schema = withColumn(schema, ColumnInfo.of(e.getKey(), x.type(), Map.of()));
                } catch (ExpressionException ex) {
                    places.get(e.getKey()).problem(problems, ex, e.getValue());
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            TableSchema output = schema;
            return new BoundTransform() {
                @Override
                public TableSchema output() {
                    return output;
                }

                @Override
                public Table apply(Table table) {
                    Table t = table;
                    for (int i = 0; i < names.size(); i++) {
                        Column c;
                        try {
                            c = compiled.get(i).evaluate(t, names.get(i));
                        } catch (ArithmeticException ex) {
                            throw new IllegalStateException(places.get(names.get(i)).failure(
                                    compiled.get(i).text(), ex.getMessage()), ex);
                        }
                        t = withColumn(t, c);
                    }
                    return t;
                }
            };
        }
    }

    private static TableSchema withColumn(TableSchema schema, ColumnInfo column) {
        List<ColumnInfo> columns = new ArrayList<>(schema.columns());
        int at = schema.indexOf(column.name());
        if (at >= 0) {
            columns.set(at, column);
        } else {
            columns.add(column);
        }
        return TableSchema.of(columns);
    }

    private static Table withColumn(Table table, Column column) {
        List<Column> columns = new ArrayList<>(table.columns());
        int at = table.columnNames().indexOf(column.name());
        if (at >= 0) {
            columns.set(at, column);
        } else {
            columns.add(column);
        }
        return Table.of(table.rowCount(), columns);
    }
}
