package io.sluice.converters.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expressions over a four-row table; every expected value is worked out by hand in the comments. Row 1 has
 * a missing x and station, row 3 a missing n.
 */
class ExpressionTest {
    private static final Table TABLE = Table.of(4, List.of(
            Column.ofLongs("n", ColumnType.LONG, new long[] {1, 2, 3, 0}, Column.nullBits(new boolean[] {false, false, false, true}),
                    Map.of()),
            Column.ofValues("x", ColumnType.DOUBLE, new double[] {1.5, Double.NaN, -2.0, 4.0}, Map.of()),
            Column.ofStrings("station", new String[] {"A", null, "B", "A"}, Map.of()),
            Column.ofLongs("big", ColumnType.LONG, new long[] {Long.MAX_VALUE, 1, 1, 1}, null, Map.of()),
            Column.ofLongs("i", ColumnType.INT, new long[] {7, -7, 0, 2}, null, Map.of()),
            Column.ofValues("f", ColumnType.FLOAT, new double[] {2.675, -2.5, 2.5, 0.5}, Map.of()),
            Column.ofLongs("t", ColumnType.TIMESTAMP, new long[] {
                micros("2000-12-31T23:00:00"), micros("2001-01-01T00:00:00"), micros("2001-06-15T12:00:00"),
                micros("2001-12-01T00:00:00")}, null, Map.of())));
    private static final TableSchema SCHEMA = TableSchema.of(TABLE);

    private static long micros(String iso) {
        return ProlepticGregorian.parseMicros(iso);
    }

    /** The values as Long, Double, String or Boolean, null where missing. */
    private static List<Object> eval(String expression) {
        Expression e = Expression.compile(expression, SCHEMA);
        Column c = e.evaluate(TABLE, "out");
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < TABLE.rowCount(); i++) {
            out.add(c.isNull(i) ? null : switch (c.type()) {
                case DOUBLE -> c.doubleValue(i);
                case STRING -> c.stringValue(i);
                case BOOLEAN -> c.longValue(i) != 0;
                default -> c.longValue(i);
            });
        }
        return out;
    }

    private static ExpressionException failure(String expression) {
        try {
            Expression.compile(expression, SCHEMA);
        } catch (ExpressionException e) {
            return e;
        }
        throw new AssertionError("expected '" + expression + "' to be rejected");
    }

    @Test
    void wholeNumberArithmeticStaysExactAndMissingPropagates() {
        assertThat(Expression.compile("n * 2 + 1", SCHEMA).type()).isEqualTo(ColumnType.LONG);
        assertThat(eval("n * 2 + 1")).containsExactly(3L, 5L, 7L, null);
        assertThat(eval("i - n")).containsExactly(6L, -9L, -3L, null);
        assertThat(eval("-i % 4")).containsExactly(-3L, 3L, 0L, -2L);
    }

    @Test
    void divisionAlwaysGivesADoubleAndDivisionByZeroIsMissing() {
        assertThat(eval("i / 2")).containsExactly(3.5, -3.5, 0.0, 1.0);
        assertThat(eval("x / i")).containsExactly(1.5 / 7, null, null, 2.0);
        assertThat(eval("n / 0")).containsExactly(null, null, null, null);
        assertThat(eval("n % (i - i)")).containsExactly(null, null, null, null);
        assertThat(eval("0.0 / 0")).containsOnlyNulls();
    }

    @Test
    void wholeNumberOverflowFailsInsteadOfWrappingAround() {
        Expression e = Expression.compile("big + 1", SCHEMA);
        assertThatThrownBy(() -> e.evaluate(TABLE, "out")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("overflow: 9223372036854775807 + 1");
        // in double the same sum is computed
        assertThat(eval("big * 1.0 + 1").get(0)).isEqualTo(9.223372036854775807E18);
    }

    @Test
    void mixedArithmeticIsDoubleAndMissingDoublesAreNaN() {
        assertThat(eval("x + n")).containsExactly(2.5, null, 1.0, null);
        assertThat(eval("-x")).containsExactly(-1.5, null, 2.0, -4.0);
    }

    @Test
    void comparisonsWithAMissingSideAreMissingAndLogicIsThreeValued() {
        assertThat(eval("x > 1")).containsExactly(true, null, false, true);
        assertThat(eval("x > 1 or true")).containsExactly(true, true, true, true);
        assertThat(eval("x > 1 and false")).containsExactly(false, false, false, false);
        assertThat(eval("x > 1 and true")).containsExactly(true, null, false, true);
        assertThat(eval("not x > 1")).containsExactly(false, null, true, false);
        assertThat(eval("n = 2 or n <> 2")).containsExactly(true, true, true, null);
    }

    @Test
    void isNullSeesMissingValuesOfEveryType() {
        assertThat(eval("x is null")).containsExactly(false, true, false, false);
        assertThat(eval("station is not null")).containsExactly(true, false, true, true);
        assertThat(eval("n IS NULL")).containsExactly(false, false, false, true);
    }

    @Test
    void textComparesForEqualityAndOrder() {
        assertThat(eval("station == 'A'")).containsExactly(true, null, false, true);
        assertThat(eval("station != 'A'")).containsExactly(false, null, true, false);
        assertThat(eval("station < 'B'")).containsExactly(true, null, false, true);
        assertThat(eval("'it''s' == 'it''s'")).containsOnly(true);
    }

    @Test
    void functionsRoundHalfAwayFromZeroAndCoalesceFillsGaps() {
        // 2.675 * 100 is exactly 267.5 in double, so it rounds up: numpy.round(2.675, 2) also gives 2.68
        // (/usr/bin/python3 -c "import numpy; print(numpy.round(2.675, 2))"); Python's round() gives 2.67
        assertThat(eval("round(f, 2)")).containsExactly(2.68, -2.5, 2.5, 0.5);
        assertThat(eval("round(f)")).containsExactly(3.0, -3.0, 3.0, 1.0);
        assertThat(eval("abs(i)")).containsExactly(7L, 7L, 0L, 2L);
        assertThat(eval("floor(x)")).containsExactly(1.0, null, -2.0, 4.0);
        assertThat(eval("ceil(x)")).containsExactly(2.0, null, -2.0, 4.0);
        assertThat(eval("coalesce(x, 0)")).containsExactly(1.5, 0.0, -2.0, 4.0);
        assertThat(eval("coalesce(n, i, 99)")).containsExactly(1L, 2L, 3L, 2L);
        assertThat(eval("coalesce(station, '?')")).containsExactly("A", "?", "B", "A");
    }

    @Test
    void timestampsCompareWithIsoTextAndGiveTheirYearAndMonth() {
        assertThat(eval("t >= '2001-01-01'")).containsExactly(false, true, true, true);
        assertThat(eval("t < '2001-06-15T12:00:01'")).containsExactly(true, true, true, false);
        assertThat(eval("year(t)")).containsExactly(2000L, 2001L, 2001L, 2001L);
        assertThat(eval("month(t)")).containsExactly(12L, 1L, 6L, 12L);
    }

    @Test
    void typeErrorsNameTheColumnItsTypeAndTheOperatorAtTheRightPlace() {
        ExpressionException e = failure("x + station");
        assertThat(e).hasMessage("'station' is STRING; '+' needs numbers");
        assertThat(e.offset()).isEqualTo(4);
        assertThat(failure("i and x > 1")).hasMessage("'i' is INT; 'and' needs true/false values, such as a"
                + " comparison");
        assertThat(failure("station > 1")).hasMessageStartingWith("cannot compare 'station' is STRING with 1 is"
                + " LONG");
        assertThat(failure("t > '2001-13-01'").offset()).isEqualTo(4);
        assertThat(failure("year(x)")).hasMessage("'x' is DOUBLE; year() needs a DATE or TIMESTAMP");
        assertThat(failure("coalesce(x, station)")).hasMessageContaining("coalesce() needs arguments of one type");
    }

    @Test
    void unknownColumnsAndFunctionsSuggestTheClosestName() {
        ExpressionException e = failure("tas > 1 and stattion == 'A'");
        assertThat(e.getMessage()).startsWith("unknown column 'tas'");
        e = failure("x > 1 and stattion == 'A'");
        assertThat(e.getMessage()).endsWith("Did you mean 'station'?");
        assertThat(e.offset()).isEqualTo(10);
        assertThat(failure("rund(x)")).hasMessageEndingWith("Did you mean 'round'?");
    }

    @Test
    void syntaxErrorsPointAtTheOffendingCharacter() {
        assertThat(failure("(x + 1").getMessage()).contains("expected ')'");
        assertThat(failure("(x + 1").offset()).isEqualTo(6);
        assertThat(failure("x + * 2").offset()).isEqualTo(4);
        assertThat(failure("x > 1 x").offset()).isEqualTo(6);
        assertThat(failure("station == 'A").getMessage()).contains("no closing '");
        assertThat(failure("x == null").getMessage()).contains("is null");
        assertThat(failure("1 < x < 3").getMessage()).contains("cannot be chained");
        assertThat(failure("").getMessage()).contains("empty");
        assertThat(failure("x $ 2").offset()).isEqualTo(2);
        assertThat(failure("(".repeat(100) + "x" + ")".repeat(100)).getMessage()).contains("nests deeper");
    }

    @Test
    void quotedNamesMayHoldAnyText() {
        Table t = Table.of(1, List.of(Column.ofValues("air temp", ColumnType.DOUBLE, new double[] {3}, Map.of()),
                Column.ofValues("and", ColumnType.DOUBLE, new double[] {4}, Map.of())));
        Column c = Expression.compile("\"air temp\" + `and`", TableSchema.of(t)).evaluate(t, "s");
        assertThat(c.doubleValue(0)).isEqualTo(7.0);
    }

    @Test
    void aConditionSelectsTheRowsWhereItIsTrue() {
        assertThat(Expression.compile("x > 0 or station == 'A'", SCHEMA).matchingRows(TABLE)).containsExactly(0, 3);
        Table empty = Table.of(0, TABLE.columns());
        assertThat(Expression.compile("x > 0", SCHEMA).matchingRows(empty)).isEmpty();
    }
}
