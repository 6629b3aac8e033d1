package io.sluice.converters.expression;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import java.util.Map;

/**
 * The values of one expression node over all rows of a table, in one primitive array: {@code longs} with a null
 * mask for LONG, BOOLEAN (0/1), DATE (days) and TIMESTAMP (microseconds); {@code doubles} for DOUBLE, where NaN
 * is missing, as in grids; {@code strings} for STRING, where null is missing.
 */
final class Values {
    final ColumnType type;
    final int size;
    final long[] longs;
    final boolean[] nulls;
    final double[] doubles;
    final String[] strings;

    private Values(ColumnType type, int size, long[] longs, boolean[] nulls, double[] doubles, String[] strings) {
        this.type = type;
        this.size = size;
        this.longs = longs;
        this.nulls = nulls;
        this.doubles = doubles;
        this.strings = strings;
    }

    /** Whole numbers of {@code type}; {@code nulls} may be null when none is missing. */
    static Values ofLongs(ColumnType type, long[] values, boolean[] nulls) {
        return new Values(type, values.length, values, nulls, null, null);
    }

    static Values ofDoubles(double[] values) {
        return new Values(ColumnType.DOUBLE, values.length, null, null, values, null);
    }

    static Values ofStrings(String[] values) {
        return new Values(ColumnType.STRING, values.length, null, null, null, values);
    }

    boolean isNull(int row) {
        return switch (type) {
            case DOUBLE -> Double.isNaN(doubles[row]);
            case STRING -> strings[row] == null;
            default -> nulls != null && nulls[row];
        };
    }

    /** The values as doubles (NaN where missing); LONG values are converted. */
    double[] asDoubles() {
        if (type == ColumnType.DOUBLE) {
            return doubles;
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = nulls != null && nulls[i] ? Double.NaN : longs[i];
        }
        return out;
    }

    /** DATE values as TIMESTAMP microseconds at midnight; TIMESTAMP values as they are. */
    long[] asMicros() {
        if (type == ColumnType.TIMESTAMP) {
            return longs;
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = longs[i] * ProlepticGregorian.MICROS_PER_DAY;
        }
        return out;
    }

    /** The values as a table column. */
    Column toColumn(String name, Map<String, String> attributes) {
        return switch (type) {
            case DOUBLE -> Column.ofValues(name, ColumnType.DOUBLE, doubles, attributes);
            case STRING -> Column.ofStrings(name, strings, attributes);
            default -> Column.ofLongs(name, type, longs, Column.nullBits(nulls), attributes);
        };
    }

    /** The union of two null masks (either may be null: nothing missing). */
    static boolean[] union(boolean[] a, boolean[] b, int size) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        boolean[] out = new boolean[size];
        for (int i = 0; i < size; i++) {
            out[i] = a[i] | b[i];
        }
        return out;
    }
}
