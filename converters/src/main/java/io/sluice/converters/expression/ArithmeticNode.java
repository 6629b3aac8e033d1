package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/**
 * {@code + - * / %} over whole arrays. Two LONG operands give an exact LONG (an overflow fails with a clear
 * message instead of wrapping around), except {@code /}, which always divides in double. Anything with a
 * DOUBLE is computed in double. A missing operand, and division or remainder by zero, give a missing value.
 */
final class ArithmeticNode implements Node {
    private final char op;
    private final Node left;
    private final Node right;
    private final ColumnType type;

    ArithmeticNode(char op, Node left, Node right) {
        this.op = op;
        this.left = left;
        this.right = right;
        boolean whole = left.type() == ColumnType.LONG && right.type() == ColumnType.LONG;
        this.type = whole && op != '/' ? ColumnType.LONG : ColumnType.DOUBLE;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Values evaluate(Table table) {
        Values a = left.evaluate(table);
        Values b = right.evaluate(table);
        return type == ColumnType.LONG ? longs(a, b) : doubles(a.asDoubles(), b.asDoubles());
    }

    private Values doubles(double[] x, double[] y) {
        int n = x.length;
        double[] out = new double[n];
        switch (op) {
            case '+' -> {
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] + y[i];
                }
            }
            case '-' -> {
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] - y[i];
                }
            }
            case '*' -> {
                for (int i = 0; i < n; i++) {
                    out[i] = x[i] * y[i];
                }
            }
            case '/' -> {
                for (int i = 0; i < n; i++) {
                    out[i] = y[i] == 0 ? Double.NaN : x[i] / y[i];
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = y[i] == 0 ? Double.NaN : x[i] % y[i];
                }
            }
        }
        return Values.ofDoubles(out);
    }

    private Values longs(Values a, Values b) {
        int n = a.size;
        long[] x = a.longs;
        long[] y = b.longs;
        boolean[] nulls = Values.union(a.nulls, b.nulls, n);
        long[] out = new long[n];
        if (op == '%') {
            boolean[] zero = null;
            for (int i = 0; i < n; i++) {
                if (y[i] == 0) {
                    zero = zero == null ? copyOrNew(nulls, n) : zero;
                    zero[i] = true;
                } else {
                    out[i] = x[i] % y[i];
                }
            }
            return Values.ofLongs(ColumnType.LONG, out, zero == null ? nulls : zero);
        }
        for (int i = 0; i < n; i++) {
            if (nulls != null && nulls[i]) {
                continue;
            }
            try {
                out[i] = switch (op) {
                    case '+' -> Math.addExact(x[i], y[i]);
                    case '-' -> Math.subtractExact(x[i], y[i]);
                    default -> Math.multiplyExact(x[i], y[i]);
                };
            } catch (ArithmeticException e) {
                throw new ArithmeticException("whole-number overflow: " + x[i] + " " + op + " " + y[i]
                        + " is beyond the 64-bit range; make one operand a double (such as 1.0 * x) to compute"
                        + " in floating point");
            }
        }
        return Values.ofLongs(ColumnType.LONG, out, nulls);
    }

    private static boolean[] copyOrNew(boolean[] nulls, int n) {
        return nulls == null ? new boolean[n] : nulls.clone();
    }
}
