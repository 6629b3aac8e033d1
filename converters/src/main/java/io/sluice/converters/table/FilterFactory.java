package io.sluice.converters.table;

import io.sluice.converters.expression.Expression;
import io.sluice.converters.expression.ExpressionException;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import io.sluice.core.spi.TableTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage type {@code filter}: keeps the rows where the condition {@code where} is true; rows where it is false
 * or missing (a comparison with a missing value) are dropped, as SQL's WHERE drops them. The kept rows are a
 * view, not a copy. The condition is an {@link Expression}.
 *
 * <pre>{@code
 * stages:
 *   - { type: filter, where: "lat >= 0 and tas is not null" }
 * }</pre>
 * or in Java {@code TableStages.filter("lat >= 0")}.
 */
public final class FilterFactory implements StageFactory {

    /** The factory ServiceLoader instantiates. */
    public FilterFactory() {
    }

    @Override
    public String type() {
        return "filter";
    }

    @Override
    public Stage create(ConfigReader settings) {
        String where = settings.requiredString("where");
        return where == null ? null : new Filter(where, Place.of(settings.config(), "where"));
    }

    private record Filter(String where, Place place) implements TableTransform {
        @Override
        public String type() {
            return "filter";
        }

        @Override
        public boolean keepsColumns() {
            return true;
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            Expression condition;
            try {
                condition = Expression.compile(where, input);
            } catch (ExpressionException e) {
                place.problem(problems, e, where);
                return null;
            }
            if (condition.type() != ColumnType.BOOLEAN) {
                place.problem(problems, "'" + where + "' is " + condition.type() + "; a filter needs a condition"
                        + " that is true or false, such as tas > 273.15");
                return null;
            }
            return new BoundTransform() {
                @Override
                public TableSchema output() {
                    return input;
                }

                @Override
                public Table apply(Table table) {
                    int[] rows;
                    try {
                        rows = condition.matchingRows(table);
                    } catch (ArithmeticException e) {
                        throw new IllegalStateException(place.failure(where, e.getMessage()), e);
                    }
                    if (rows.length == table.rowCount()) {
                        return table;
                    }
                    List<Column> kept = new ArrayList<>(table.columns().size());
                    for (Column c : table.columns()) {
                        kept.add(Column.pickRows(c, rows));
                    }
                    return Table.of(rows.length, kept);
                }
            };
        }
    }
}
