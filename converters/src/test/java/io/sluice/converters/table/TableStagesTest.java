package io.sluice.converters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.run.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * Table stages over the rows of the {@code fake-table} source: 3 parts of 5 rows, {@code id} 0..14 (LONG),
 * {@code x = id / 2} (DOUBLE, missing where id is a multiple of 7), label {@code half} = first for parts 0-1
 * (ids 0-9), second for part 2. Expected rows are worked out by hand from that definition.
 */
class TableStagesTest {

    private static String pipeline(String name, String source, String... stages) {
        StringBuilder sb = new StringBuilder("pipeline: t\nsource: " + source + "\nstages:\n");
        for (String s : stages) {
            sb.append("  - ").append(s).append('\n');
        }
        return sb.append("sink: { type: memory, name: ").append(name).append(", header: false }\n").toString();
    }

    private static String rows(String name, String... stages) {
        return pipeline(name, "{ type: fake-table }", stages);
    }

    @Test
    void selectKeepsTheNamedColumnsInTheGivenOrder() {
        assertThat(Runs.lines(rows("sel", "{ type: select, columns: [x, id] }"), 2))
                .hasSize(15).startsWith(",0.0", "0.5,1.0").endsWith("6.5,13.0", ",14.0");
    }

    @Test
    void renameKeepsOrderAndValues() {
        String p = pipeline("ren", "{ type: fake-table }", "{ type: rename, columns: { id: n, half: part_half } }")
                .replace("header: false", "header: true");
        assertThat(Runs.lines(p, 1)).startsWith("part_half,n,x", "first,0.0,");
    }

    @Test
    void filterKeepsRowsWhereTheConditionIsTrueAndDropsMissing() {
        // x > 2 means id >= 5; id 7 has x missing, so it is dropped; half == 'first' means id <= 9
        assertThat(Runs.lines(rows("fil", "{ type: filter, where: \"x > 2 and half == 'first'\" }"), 3))
                .containsExactly("first,5.0,2.5", "first,6.0,3.0", "first,8.0,4.0", "first,9.0,4.5");
    }

    @Test
    void theRunReportCountsTheRowsLeftByTheStages() {
        var report = new LocalRunner(RunOptions.defaults().withParallelism(2))
                .run(Runs.parse(rows("count", "{ type: filter, where: \"id < 4\" }")));
        assertThat(report.rowsWritten()).isEqualTo(4);
        assertThat(report.chunks()).extracting(c -> c.steps()).containsExactly(5, 5, 5);
    }

    @Test
    void filterThatKeepsNothingWritesNoRows() {
        assertThat(Runs.lines(rows("none", "{ type: filter, where: x < 0 }"), 1)).isEmpty();
    }

    @Test
    void deriveComputesInOrderAndMissingStaysMissing() {
        // id 3: x 1.5, y 3.0, z 6.0; id 0: x missing, so y and z are missing; id 4: even = true
        assertThat(Runs.lines(rows("der", "{ type: derive, columns: { y: x * 2, z: id + y, even: id % 2 == 0 } }"),
                2)).startsWith("first,0.0,,,,true", "first,1.0,0.5,1.0,2.0,false")
                .contains("first,3.0,1.5,3.0,6.0,false");
    }

    @Test
    void deriveReplacesAnExistingColumnInPlace() {
        assertThat(Runs.lines(rows("rep", "{ type: derive, columns: { x: \"coalesce(x, -1.0)\" } }"), 1))
                .startsWith("first,0.0,-1.0", "first,1.0,0.5");
    }

    @Test
    void castConvertsTypesRoundingHalfAwayFromZero() {
        // x 0.5 -> 1, 1.5 -> 2, 2.5 -> 3; id as text; x missing stays missing
        assertThat(Runs.lines(rows("cast", "{ type: cast, columns: { x: long, id: string } }",
                "{ type: derive, columns: { label: \"id == '3'\" } }"), 1))
                .startsWith("first,0,,false", "first,1,1,false", "first,2,1,false", "first,3,2,true",
                        "first,4,2,false", "first,5,3,false");
    }

    @Test
    void castOfTextThatIsNotANumberFailsTheRunNamingTheValueAndSetting() {
        String p = rows("bad", "{ type: derive, columns: { s: \"'n/a'\" } }", "{ type: cast, columns: { s: double } }");
        assertThatThrownBy(() -> Runs.lines(p, 1)).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("p.yaml:5:30 stages[1].columns.s 's to double': 'n/a' in column 's' is not"
                        + " a number");
    }

    @Test
    void wholeNumberOverflowFailsTheRunNamingTheExpression() {
        String p = rows("ovf", "{ type: derive, columns: { big: id * 9223372036854775807 } }");
        assertThatThrownBy(() -> Runs.lines(p, 1)).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("stages[0].columns.big 'id * 9223372036854775807': whole-number overflow");
    }

    @Test
    void aStatisticOverTableRowsIsStillTheOnlyProblemWhenStagesFollowIt() throws Exception {
        assertThat(Runs.problems(rows("stat", "{ type: mean, over: time }", "{ type: filter, where: x > 1 }")))
                .singleElement().asString().contains("statistic 'mean' needs a grid source with a time axis");
    }

    @Test
    void aSourceWithoutRowsStillGetsTheTransformedColumns() {
        String p = pipeline("empty", "{ type: fake-table, parts: 0 }", "{ type: select, columns: [x] }",
                "{ type: derive, columns: { y: x + 1 } }", "{ type: rename, columns: { x: x0 } }");
        assertThat(Runs.lines(p.replace("header: false", "header: true"), 1)).containsExactly("x0,y");
    }

    @Test
    void theSameRowsComeOutWhateverTheParallelism() {
        String p = rows("par", "{ type: filter, where: \"id % 3 != 0\" }", "{ type: derive, columns: { y: x / id } }");
        assertThat(Runs.lines(p.replace("fake-table", "fake-table, parts: 20, rows: 50")
                .replace("name: par", "name: par1"), 1))
                .hasSize(666)
                .isEqualTo(Runs.lines(p.replace("fake-table", "fake-table, parts: 20, rows: 50")
                        .replace("name: par", "name: par4"), 4));
    }
}
