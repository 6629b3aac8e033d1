package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/**
 * {@code and}, {@code or} and {@code not} in three-valued logic, as SQL: {@code false and missing} is false,
 * {@code true or missing} is true, anything else with a missing side is missing.
 */
final class LogicNode implements Node {
    private final String op;
    private final Node left;
    private final Node right;

    /** {@code and} or {@code or} of two booleans, or {@code not} of {@code left} ({@code right} null). */
    LogicNode(String op, Node left, Node right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }

    @Override
    public Values evaluate(Table table) {
        Values a = left.evaluate(table);
        int n = a.size;
        long[] out = new long[n];
        if (right == null) {
            for (int i = 0; i < n; i++) {
                out[i] = 1 - a.longs[i];
            }
            return Values.ofLongs(ColumnType.BOOLEAN, out, a.nulls);
        }
        Values b = right.evaluate(table);
        boolean[] nulls = a.nulls == null && b.nulls == null ? null : new boolean[n];
        boolean and = op.equals("and");
        for (int i = 0; i < n; i++) {
            boolean xNull = a.nulls != null && a.nulls[i];
            boolean yNull = b.nulls != null && b.nulls[i];
            long x = a.longs[i];
            long y = b.longs[i];
            if (!xNull && !yNull) {
                out[i] = and ? x & y : x | y;
            } else {
                // the known side decides when it is false (and) or true (or); otherwise the result is missing
                long decisive = and ? 0 : 1;
                if ((!xNull && x == decisive) || (!yNull && y == decisive)) {
                    out[i] = decisive;
                } else {
                    nulls[i] = true;
                }
            }
        }
        return Values.ofLongs(ColumnType.BOOLEAN, out, nulls);
    }
}
