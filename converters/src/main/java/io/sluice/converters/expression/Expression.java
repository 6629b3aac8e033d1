package io.sluice.converters.expression;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import java.util.Map;

/**
 * An expression over the columns of a table, compiled once against their types and evaluated column-wise: every
 * node computes a whole primitive array per table, with no object per value. The language is small and safe:
 * it reads columns and literals and computes; it cannot call anything else.
 * <ul>
 *   <li>Values: column names ({@code tas}, or {@code "air temp"} / {@code `air temp`} for any name), whole
 *       numbers ({@code 12}, LONG), decimals ({@code 1.5}, {@code 2e-3}, DOUBLE), texts ({@code 'DJF'};
 *       {@code ''} for a quote), {@code true}, {@code false}.</li>
 *   <li>Operators, loosest first: {@code or}; {@code and}; {@code not}; {@code == (=) != (<>) < <= > >=} and
 *       {@code is null}, {@code is not null}; {@code + -}; {@code * / %}; unary {@code -}.</li>
 *   <li>Functions: {@code abs(x)}, {@code round(x)}, {@code round(x, digits)}, {@code floor(x)},
 *       {@code ceil(x)}, {@code coalesce(a, b, ...)}, {@code year(t)}, {@code month(t)}.</li>
 *   <li>Types: INT and LONG columns compute as LONG, FLOAT and DOUBLE as DOUBLE. LONG with LONG stays exact
 *       and an overflow fails the run; {@code /} always divides in double. A DATE or TIMESTAMP compares with
 *       another, or with ISO text ({@code time >= '2001-06-01'}).</li>
 *   <li>Missing values: any arithmetic or comparison with a missing value is missing; {@code and}/{@code or}
 *       follow SQL's three-valued logic. Division and remainder by zero give a missing value. In DOUBLE
 *       values NaN is missing, as in grids.</li>
 * </ul>
 *
 * <pre>{@code
 * Expression e = Expression.compile("tas - 273.15", schema);     // DOUBLE
 * Column celsius = e.evaluate(table, "tas_c");
 * int[] kept = Expression.compile("lat >= 0 and tas is not null", schema).matchingRows(table);
 * }</pre>
 */
public final class Expression {
    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses and type-checks {@code text} against {@code schema}; throws {@link ExpressionException}. */
    public static Expression compile(String text, TableSchema schema) {
        return new Expression(text, new Compiler(schema).compile(Parser.parse(text)));
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The result type: LONG, DOUBLE, BOOLEAN, STRING, DATE or TIMESTAMP. */
    public ColumnType type() {
        return root.type();
    }

    /** The values for every row of {@code table} as a column called {@code name}. */
    public Column evaluate(Table table, String name, Map<String, String> attributes) {
        return root.evaluate(table).toColumn(name, attributes);
    }

    /** As {@link #evaluate(Table, String, Map)} without attributes. */
    public Column evaluate(Table table, String name) {
        return evaluate(table, name, Map.of());
    }

    /** The rows of {@code table} where this BOOLEAN expression is true (not false, not missing), ascending. */
    public int[] matchingRows(Table table) {
        if (root.type() != ColumnType.BOOLEAN) {
            throw new IllegalStateException("'" + text + "' is " + root.type() + ", not a condition");
        }
        Values v = root.evaluate(table);
        int count = 0;
        int[] rows = new int[v.size];
        for (int i = 0; i < v.size; i++) {
            if (v.longs[i] != 0 && (v.nulls == null || !v.nulls[i])) {
                rows[count++] = i;
            }
        }
        return count == rows.length ? rows : java.util.Arrays.copyOf(rows, count);
    }
}
