package io.sluice.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Primitive-array table columns: values, missing rows and text (checked against hand-written values). */
class TableColumnsTest {

    @Test
    void wholeColumnsReadAsLongsAndPrintByTheirType() {
        boolean[] nulls = {false, true, false};
        Column ints = Column.ofLongs("n", ColumnType.LONG, new long[] {Long.MIN_VALUE, 0, 42},
                Column.nullBits(nulls), Map.of());
        assertThat(ints.longValue(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(ints.isNull(1)).isTrue();
        assertThat(ints.stringValue(1)).isNull();
        assertThat(ints.stringValue(2)).isEqualTo("42");
        assertThat(Column.ofLongs("d", ColumnType.DATE, new long[] {11_381}, null, Map.of()).stringValue(0))
                .isEqualTo("2001-02-28");
        assertThat(Column.ofLongs("t", ColumnType.TIMESTAMP, new long[] {-1_500_000}, null, Map.of()).stringValue(0))
                .isEqualTo("1969-12-31T23:59:58.500Z");
        assertThat(Column.ofLongs("b", ColumnType.BOOLEAN, new long[] {1, 0}, null, Map.of()).stringValue(1))
                .isEqualTo("false");
    }

    @Test
    void copyDoublesGivesTheRangeAsDoubleValueGivesIt() {
        double[] values = {270.5, Double.NaN, 281.25, -3.0};
        double[] out = {9, 9, 9, 9};
        Column.ofValues("tas", ColumnType.FLOAT, values, Map.of()).withName("t").copyDoubles(1, 3, out, 1);
        assertThat(out).containsExactly(9, Double.NaN, 281.25, -3.0);
        Column.ofLongs("n", ColumnType.LONG, new long[] {7, 8, 9}, null, Map.of()).copyDoubles(0, 2, out, 0);
        assertThat(out).containsExactly(7, 8, 281.25, -3.0);
        Column.constant("count", ColumnType.LONG, "90").copyDoubles(5, 2, out, 2);
        assertThat(out).containsExactly(7, 8, 90, 90);
    }

    @Test
    void decimalColumnsKeepNanAsAValueAndMissingRowsApart() {
        Column x = Column.ofDoubles("x", ColumnType.FLOAT, new double[] {0.1f, Double.NaN, 0},
                Column.nullBits(new boolean[] {false, false, true}), Map.of("units", "K"));
        assertThat(x.stringValue(0)).isEqualTo("0.1");
        assertThat(x.isNull(1)).isFalse();
        assertThat(x.doubleValue(1)).isNaN();
        assertThat(x.isNull(2)).isTrue();
        assertThat(x.attributes()).containsEntry("units", "K");
    }

    @Test
    void textColumnsTakeNullAsMissingAndTypesAreChecked() {
        Column s = Column.ofStrings("s", new String[] {"", null}, Map.of());
        assertThat(s.isNull(0)).isFalse();
        assertThat(s.stringValue(0)).isEmpty();
        assertThat(s.isNull(1)).isTrue();
        assertThatThrownBy(() -> Column.ofLongs("x", ColumnType.DOUBLE, new long[0], null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.ofDoubles("x", ColumnType.LONG, new double[0], null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
