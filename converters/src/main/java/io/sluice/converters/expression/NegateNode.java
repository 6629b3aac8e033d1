package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/** Unary minus; negating the smallest LONG fails as an overflow. */
final class NegateNode implements Node {
    private final Node operand;

    NegateNode(Node operand) {
        this.operand = operand;
    }

    @Override
    public ColumnType type() {
        return operand.type();
    }

    @Override
    public Values evaluate(Table table) {
        Values v = operand.evaluate(table);
        int n = v.size;
        if (v.type == ColumnType.DOUBLE) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = -v.doubles[i];
            }
            return Values.ofDoubles(out);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            if (v.longs[i] == Long.MIN_VALUE && !v.isNull(i)) {
                throw new ArithmeticException("whole-number overflow: -(" + v.longs[i] + ") is beyond the 64-bit"
                        + " range");
            }
            out[i] = -v.longs[i];
        }
        return Values.ofLongs(ColumnType.LONG, out, v.nulls);
    }
}
