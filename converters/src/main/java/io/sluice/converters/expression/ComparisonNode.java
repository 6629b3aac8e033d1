package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/**
 * {@code == != < <= > >=} giving BOOLEAN, missing where either side is missing (as SQL: use {@code is null}
 * to test for missing values). Numbers compare by value (LONG with DOUBLE in double), texts by their UTF-16
 * code units, booleans false before true, DATE with TIMESTAMP at midnight of the date.
 */
final class ComparisonNode implements Node {
    private final int op;
    private final Node left;
    private final Node right;

    ComparisonNode(String op, Node left, Node right) {
        this.op = switch (op) {
            case "==" -> 0;
            case "!=" -> 1;
            case "<" -> 2;
            case "<=" -> 3;
            case ">" -> 4;
            case ">=" -> 5;
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
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
        Values b = right.evaluate(table);
        int n = a.size;
        long[] out = new long[n];
        boolean[] nulls = null;
        ColumnType l = a.type;
        ColumnType r = b.type;
        if (l == ColumnType.STRING) {
            nulls = new boolean[n];
            for (int i = 0; i < n; i++) {
                String x = a.strings[i];
                String y = b.strings[i];
                if (x == null || y == null) {
                    nulls[i] = true;
                } else {
                    out[i] = holds(x.compareTo(y)) ? 1 : 0;
                }
            }
        } else if (l == ColumnType.DOUBLE || r == ColumnType.DOUBLE) {
            double[] x = a.asDoubles();
            double[] y = b.asDoubles();
            nulls = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                    nulls[i] = true;
                } else {
                    out[i] = holds(x[i] < y[i] ? -1 : x[i] > y[i] ? 1 : 0) ? 1 : 0;
                }
            }
        } else {
            boolean temporal = l != r && (l == ColumnType.DATE || r == ColumnType.DATE);
            long[] x = temporal ? a.asMicros() : a.longs;
            long[] y = temporal ? b.asMicros() : b.longs;
            nulls = Values.union(a.nulls, b.nulls, n);
            for (int i = 0; i < n; i++) {
                out[i] = holds(Long.compare(x[i], y[i])) ? 1 : 0;
            }
        }
        return Values.ofLongs(ColumnType.BOOLEAN, out, nulls);
    }

    private boolean holds(int c) {
        return switch (op) {
            case 0 -> c == 0;
            case 1 -> c != 0;
            case 2 -> c < 0;
            case 3 -> c <= 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }
}
