package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import io.sluice.core.data.Table;
import java.util.List;

/**
 * One-argument functions over whole arrays: {@code abs}, {@code round} (to {@code digits} decimals, half away
 * from zero as SQL rounds, computed in double as value x 10^digits, rounded, / 10^digits, so that
 * {@code round(2.675, 2)} is 2.68, as numpy gives, since 2.675 x 100 is 267.5 in double), {@code floor},
 * {@code ceil} (numbers; whole numbers are returned as they are, except that {@code abs} of the smallest LONG
 * overflows) and {@code year}, {@code month} (of a DATE or TIMESTAMP, as LONG). A missing argument gives a
 * missing result.
 */
final class FunctionNode implements Node {
    private static final int ABS = 0;
    private static final int FLOOR = 1;
    private static final int CEIL = 2;
    private static final int ROUND = 3;
    private static final int YEAR = 4;
    private static final int MONTH = 5;
    private static final List<String> NAMES = List.of("abs", "floor", "ceil", "round", "year", "month");

    private final int function;
    private final Node argument;
    private final int digits;
    private final ColumnType type;

    FunctionNode(String function, Node argument, int digits) {
        this.function = NAMES.indexOf(function);
        if (this.function < 0) {
            throw new IllegalArgumentException("not a function: " + function);
        }
        this.argument = argument;
        this.digits = digits;
        this.type = this.function == YEAR || this.function == MONTH ? ColumnType.LONG : argument.type();
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Values evaluate(Table table) {
        Values v = argument.evaluate(table);
        int n = v.size;
        if (v.type == ColumnType.DOUBLE) {
            double[] out = new double[n];
            double scale = Math.pow(10, digits);
            for (int i = 0; i < n; i++) {
                double x = v.doubles[i];
                out[i] = switch (function) {
                    case ABS -> Math.abs(x);
                    case FLOOR -> Math.floor(x);
                    case CEIL -> Math.ceil(x);
                    default -> Math.signum(x) * Math.floor(Math.abs(x) * scale + 0.5) / scale;
                };
            }
            return Values.ofDoubles(out);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long x = v.longs[i];
            out[i] = switch (function) {
                case ABS -> {
                    if (x == Long.MIN_VALUE && !v.isNull(i)) {
                        throw new ArithmeticException("whole-number overflow: abs(" + x + ") is beyond the 64-bit"
                                + " range");
                    }
                    yield Math.abs(x);
                }
                case YEAR -> ProlepticGregorian.yearOf(day(v.type, x));
                case MONTH -> ProlepticGregorian.monthOf(day(v.type, x));
                default -> x;
            };
        }
        return Values.ofLongs(type, out, v.nulls);
    }

    private static long day(ColumnType type, long value) {
        return type == ColumnType.TIMESTAMP ? ProlepticGregorian.dayOfMicros(value) : value;
    }
}
