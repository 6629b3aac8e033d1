package io.sluice.parquet;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A table with a column of every Sluice type, values chosen by hand, and a missing value in a different row of
 * each column. Rows {@code 0..4}:
 * <pre>
 * s      b      i            l                     f        d        dt          ts
 * "a"    true   -7           9000000000            1.5      0.1      1970-01-01  2001-02-03T04:05:06.123456Z
 * null   false  0            -1                    -0.25    1e300    1999-12-31  1969-12-31T23:59:59.999999Z
 * "é/ü"  null   2147483647   -9223372036854775808  NaN      -2.5     2024-02-29  1970-01-01T00:00:00Z
 * ""     true   null         42                    3.4e38   NaN      null        2100-01-01T00:00:00Z
 * "z,y"  false  -2147483648  null                  null     null     0001-01-01  null
 * </pre>
 */
final class TypedTables {
    static final int ROWS = 5;
    static final String[] S = {"a", null, "é/ü", "", "z,y"};
    static final long[] L = {9_000_000_000L, -1, Long.MIN_VALUE, 42, 0};
    static final int[] I = {-7, 0, Integer.MAX_VALUE, 0, Integer.MIN_VALUE};
    static final float[] F = {1.5f, -0.25f, Float.NaN, 3.4e38f, 0};
    static final double[] D = {0.1, 1e300, -2.5, Double.NaN, 0};
    static final boolean[] B = {true, false, false, true, false};
    static final String[] DT = {"1970-01-01", "1999-12-31", "2024-02-29", null, "0001-01-01"};
    static final String[] TS = {"2001-02-03T04:05:06.123456Z", "1969-12-31T23:59:59.999999Z", "1970-01-01T00:00:00Z",
        "2100-01-01T00:00:00Z", null};

    private TypedTables() {
    }

    static Table all() {
        long[] days = new long[ROWS];
        long[] micros = new long[ROWS];
        for (int r = 0; r < ROWS; r++) {
            days[r] = DT[r] == null ? 0 : LocalDate.parse(DT[r]).toEpochDay();
            micros[r] = TS[r] == null ? 0 : micros(TS[r]);
        }
        return Table.of(ROWS, List.of(
                Column.ofStrings("s", S, Map.of("long_name", "text")),
                Column.ofBooleans("b", B, nulls(2), Map.of()),
                Column.ofInts("i", ColumnType.INT, I, nulls(3), Map.of()),
                Column.ofLongs("l", ColumnType.LONG, L, nulls(4), Map.of()),
                Column.ofFloats("f", F, nulls(4), Map.of("units", "K")),
                Column.ofDoubles("d", D, nulls(4), Map.of("units", "m s-1", "standard_name", "wind_speed")),
                Column.ofLongs("dt", ColumnType.DATE, days, nulls(3), Map.of()),
                Column.ofLongs("ts", ColumnType.TIMESTAMP, micros, nulls(4), Map.of())));
    }

    static long micros(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    static BitSet nulls(int... rows) {
        BitSet b = new BitSet();
        for (int r : rows) {
            b.set(r);
        }
        return b;
    }
}
