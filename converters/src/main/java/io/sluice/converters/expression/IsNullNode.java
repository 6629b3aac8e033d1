package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;

/** {@code x is null} / {@code x is not null}: never missing itself. NaN counts as missing in DOUBLE values. */
final class IsNullNode implements Node {
    private final Node operand;
    private final boolean negated;

    IsNullNode(Node operand, boolean negated) {
        this.operand = operand;
        this.negated = negated;
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }

    @Override
    public Values evaluate(Table table) {
        Values v = operand.evaluate(table);
        long[] out = new long[v.size];
        for (int i = 0; i < v.size; i++) {
            out[i] = v.isNull(i) != negated ? 1 : 0;
        }
        return Values.ofLongs(ColumnType.BOOLEAN, out, null);
    }
}
