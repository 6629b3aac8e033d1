package io.sluice.converters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.StageFactory;
import io.sluice.core.spi.TableTransform;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each table stage on hand-built tables: a basic case, an empty table, and missing values. */
class StageUnitTest {
    private static final Table ROWS = Table.of(4, List.of(
            Column.ofLongs("day", ColumnType.DATE, new long[] {
                day("1981-12-31"), day("1982-02-28"), 0, day("1982-03-01")},
                Column.nullBits(new boolean[] {false, false, true, false}), Map.of()),
            Column.ofStrings("label", new String[] {"1981-11-30", "2001-02-30", null, "12"}, Map.of()),
            Column.ofValues("v", ColumnType.FLOAT, new double[] {1.25f, Double.NaN, -2.5f, 3.5f},
                    Map.of("units", "K"))));

    private static long day(String iso) {
        return ProlepticGregorian.parseDay(iso);
    }

    private static BoundTransform bound(Config settings, Table input) {
        Problems problems = new Problems();
        Config c = settings.atPath("stages[0]");
        StageFactory factory = Plugins.installed().find(StageFactory.class, String.valueOf(c.get("type")))
                .orElseThrow();
        ConfigReader reader = new ConfigReader(c, problems, Path.of("."));
        TableTransform t = (TableTransform) factory.create(reader);
        reader.finish();
        BoundTransform b = t == null ? null : t.bind(TableSchema.of(input), problems);
        assertThat(problems.list()).isEmpty();
        return b;
    }

    private static List<String> text(Table t) {
        List<String> out = new ArrayList<>();
        out.add(String.join(",", t.columnNames()));
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (Column c : t.columns()) {
                row.add(c.isNull(r) ? "" : c.type() == ColumnType.FLOAT ? Float.toString((float) c.doubleValue(r))
                        : c.stringValue(r));
            }
            out.add(String.join(",", row));
        }
        return out;
    }

    private static List<String> problems(Config settings, Table input) {
        Problems problems = new Problems();
        Config c = settings.atPath("stages[0]");
        ConfigReader reader = new ConfigReader(c, problems, Path.of("."));
        TableTransform t = (TableTransform) Plugins.installed().find(StageFactory.class,
                String.valueOf(c.get("type"))).orElseThrow().create(reader);
        reader.finish();
        if (t != null) {
            t.bind(TableSchema.of(input), problems);
        }
        return problems.list().stream().map(Problem::message).toList();
    }

    @Test
    void seasonComesFromDatesAndIsoTextAndIsMissingWithoutATime() {
        assertThat(text(bound(TableStages.season("day"), ROWS).apply(ROWS))).containsExactly(
                "day,label,v,season,year", "1981-12-31,1981-11-30,1.25,DJF,1982", "1982-02-28,2001-02-30,,DJF,1982",
                ",,-2.5,,", "1982-03-01,12,3.5,MAM,1982");
        // text: 2001-02-30 (a 360_day date) is DJF 2001; November is SON
        Table out = bound(TableStages.season("label"), Table.of(2, List.of(ROWS.columns().get(1)))).apply(
                Table.of(2, List.of(ROWS.columns().get(1))));
        assertThat(text(out)).containsExactly("label,season,year", "1981-11-30,SON,1981", "2001-02-30,DJF,2001");
        assertThatThrownBy(() -> bound(TableStages.season("label"), ROWS).apply(ROWS))
                .hasMessageContaining("'12' is not ISO text starting with YYYY-MM");
    }

    @Test
    void castKeepsMissingValuesMissingAndConvertsDatesToText() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("day", "timestamp");
        types.put("v", "int");
        assertThat(text(bound(TableStages.cast(types), ROWS).apply(ROWS))).containsExactly("day,label,v",
                "1981-12-31T00:00:00Z,1981-11-30,1", "1982-02-28T00:00:00Z,2001-02-30,", ",,-3",
                "1982-03-01T00:00:00Z,12,4");
        assertThat(text(bound(TableStages.cast(Map.of("day", "string")), ROWS).apply(ROWS)).get(1))
                .isEqualTo("1981-12-31,1981-11-30,1.25");
    }

    @Test
    void everyStageTakesAnEmptyTable() {
        Table empty = Table.of(0, ROWS.columns());
        for (Config stage : List.of(TableStages.select("v"), TableStages.rename(Map.of("v", "w")),
                TableStages.filter("v > 0"), TableStages.derive(Map.of("w", "v * 2")),
                TableStages.cast(Map.of("v", "string")), TableStages.season("day"))) {
            BoundTransform b = bound(stage, empty);
            Table out = b.apply(empty);
            assertThat(out.rowCount()).as(stage.toString()).isZero();
            assertThat(out.columnNames()).as(stage.toString()).isEqualTo(b.output().names());
        }
    }

    @Test
    void renameAndSelectKeepMissingValuesAndAttributes() {
        Table out = bound(TableStages.select("v", "day"), ROWS).apply(ROWS);
        out = bound(TableStages.rename(Map.of("v", "tas")), out).apply(out);
        assertThat(text(out)).containsExactly("tas,day", "1.25,1981-12-31", ",1982-02-28", "-2.5,", "3.5,1982-03-01");
        assertThat(out.columns().get(0).attributes()).containsEntry("units", "K");
    }

    @Test
    void settingsProblemsNameTheSettingAndWhatWasExpected() {
        assertThat(problems(TableStages.cast(Map.of("v", "float64")), ROWS)).containsExactly(
                "'float64' is not a type; expected one of string, boolean, int, long, float, double, date, timestamp."
                        + " Did you mean 'float'?");
        assertThat(problems(TableStages.cast(Map.of("day", "double")), ROWS)).singleElement().asString()
                .startsWith("'day' is DATE, which does not convert to DOUBLE");
        assertThat(problems(TableStages.rename(Map.of("v", "label")), ROWS)).containsExactly("the new name 'label'"
                + " is already a column; choose another name, or drop that column first with select");
        assertThat(problems(TableStages.select("v", "v"), ROWS)).containsExactly("'v' is selected twice");
        assertThat(problems(TableStages.filter("v + 1"), ROWS)).containsExactly("'v + 1' is DOUBLE; a filter needs"
                + " a condition that is true or false, such as tas > 273.15");
        assertThat(problems(TableStages.season("v"), ROWS)).singleElement().asString()
                .startsWith("'v' is FLOAT; seasons come from a DATE, a TIMESTAMP or ISO text");
        assertThat(problems(Config.ofType("derive").with("columns", List.of("x")), ROWS)).containsExactly(
                "expected a mapping (name: value, ...), got a list");
    }

    @Test
    void theJavaDslBuildsTheSettingsAYamlFileHolds() {
        String yaml = """
                pipeline: dsl
                source: { type: fake-table }
                stages:
                  - { type: select, columns: [x, id] }
                  - { type: rename, columns: { x: y } }
                  - { type: filter, where: y > 1 }
                  - { type: derive, columns: { z: y * 2 } }
                  - { type: cast, columns: { z: string } }
                  - { type: season, column: t }
                sink: { type: memory, name: dsl }
                """;
        Problems problems = new Problems();
        var fromYaml = PipelineYaml.parse(yaml, "dsl.yaml", Path.of("."), problems);
        var fromJava = io.sluice.core.model.Pipeline.builder("dsl").baseDirectory(Path.of("."))
                .source(Config.ofType("fake-table")).stage(TableStages.select("x", "id"))
                .stage(TableStages.rename(Map.of("x", "y"))).stage(TableStages.filter("y > 1"))
                .stage(TableStages.derive(Map.of("z", "y * 2"))).stage(TableStages.cast(Map.of("z", "string")))
                .stage(TableStages.season("t")).sink(Config.ofType("memory").with("name", "dsl")).build();
        assertThat(fromJava).isEqualTo(fromYaml);
    }
}
