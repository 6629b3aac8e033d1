package io.sluice.converters.expression;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.List;

/** {@code coalesce(a, b, ...)}: the first argument that is not missing, row by row. */
final class CoalesceNode implements Node {
    private final List<Node> arguments;
    private final ColumnType type;

    /** Arguments of one type, or LONG and DOUBLE mixed (then DOUBLE). */
    CoalesceNode(List<Node> arguments, ColumnType type) {
        this.arguments = List.copyOf(arguments);
        this.type = type;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public Values evaluate(Table table) {
        int n = table.rowCount();
        Values first = arguments.get(0).evaluate(table);
        if (type == ColumnType.DOUBLE) {
            double[] out = first.asDoubles().clone();
            for (int a = 1; a < arguments.size(); a++) {
                double[] next = arguments.get(a).evaluate(table).asDoubles();
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(out[i])) {
                        out[i] = next[i];
                    }
                }
            }
            return Values.ofDoubles(out);
        }
        if (type == ColumnType.STRING) {
            String[] out = first.strings.clone();
            for (int a = 1; a < arguments.size(); a++) {
                String[] next = arguments.get(a).evaluate(table).strings;
                for (int i = 0; i < n; i++) {
                    if (out[i] == null) {
                        out[i] = next[i];
                    }
                }
            }
            return Values.ofStrings(out);
        }
        long[] out = first.longs.clone();
        boolean[] nulls = first.nulls == null ? null : first.nulls.clone();
        for (int a = 1; a < arguments.size() && nulls != null; a++) {
            Values next = arguments.get(a).evaluate(table);
            for (int i = 0; i < n; i++) {
                if (nulls[i] && !next.isNull(i)) {
                    out[i] = next.longs[i];
                    nulls[i] = false;
                }
            }
        }
        return Values.ofLongs(type, out, nulls);
    }
}
