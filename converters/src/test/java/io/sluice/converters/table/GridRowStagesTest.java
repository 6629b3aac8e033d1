package io.sluice.converters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.Grids;
import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.fake.FakeGridSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table stages over grids: flattened to tidy rows (time, lat, lon, tas) when there is no statistic, or applied
 * to the statistics' result table. Grid {@code autumn}: daily 1981-11-29 .. 1982-03-02 (standard calendar) on
 * 1 x 2 cells, tas = 250 + step + 0.5 * cell. Grid {@code flat360}: 360_day years 1981-1982, one cell,
 * tas = step.
 */
class GridRowStagesTest {

    @BeforeAll
    static void grids() {
        var time = TimeAxes.daily("1981-11-29", "1982-03-02");
        double[] tas = new double[time.size() * 2];
        for (int i = 0; i < time.size(); i++) {
            tas[2 * i] = 250 + i;
            tas[2 * i + 1] = 250.5 + i;
        }
        FakeGridSource.put("autumn", Grids.description(time, 2, "tas"), Map.of("tas", tas));
        var days360 = TimeAxes.threeSixtyDay(1981, 1982);
        double[] flat = new double[days360.size()];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = i;
        }
        FakeGridSource.put("flat360", Grids.description(days360, 1, "tas"), Map.of("tas", flat));
    }

    private static String pipeline(String name, String grid, String split, String... stages) {
        StringBuilder sb = new StringBuilder("pipeline: g\nsource: { type: fake-grid, name: " + grid
                + ", block-steps: 7 }\nsplit: " + split + "\nstages:\n");
        for (String s : stages) {
            sb.append("  - ").append(s).append('\n');
        }
        return sb.append("sink: { type: memory, name: ").append(name).append(" }\n").toString();
    }

    @Test
    void flattenedRowsGetTheSeasonAndTheYearTheSeasonEnds() {
        List<String> lines = Runs.lines(pipeline("seasons", "autumn", "{ type: steps }",
                "{ type: season, column: time }", "{ type: filter, where: \"lon == 1\" }",
                "{ type: select, columns: [time, season, year, tas] }"), 2);
        // a header per block of 7 steps; 1981-11-30 is SON 1981, 1981-12-01 DJF 1982, 1982-03-01 MAM 1982
        assertThat(lines.get(0)).isEqualTo("time,season,year,tas");
        assertThat(lines).contains("1981-11-30,SON,1981,251.5", "1981-12-01,DJF,1982,252.5",
                "1982-02-28,DJF,1982,341.5", "1982-03-01,MAM,1982,342.5");
    }

    @Test
    void customSeasonsLeaveMonthsOutsideThemMissing() {
        List<String> lines = Runs.lines(pipeline("custom", "autumn", "{ type: steps }",
                "{ type: season, seasons: [DJFM] }", "{ type: select, columns: [time, lon, season, year] }"), 1);
        assertThat(lines).contains("1981-11-29,0.0,,", "1981-12-01,1.0,DJFM,1982", "1982-03-02,0.0,DJFM,1982");
    }

    @Test
    void timestampsFilterWithIsoText() {
        List<String> lines = Runs.lines(pipeline("after", "autumn", "{ type: steps }",
                "{ type: filter, where: \"time >= '1982-03-01' and month(time) == 3\" }",
                "{ type: derive, columns: { tas_c: \"round(tas - 273.15, 2)\" } }"), 1);
        assertThat(lines.stream().filter(l -> !l.startsWith("time")).toList()).containsExactly(
                "1982-03-01,0.0,0.0,342.0,68.85", "1982-03-01,0.0,1.0,342.5,69.35",
                "1982-03-02,0.0,0.0,343.0,69.85", "1982-03-02,0.0,1.0,343.5,70.35");
    }

    @Test
    void threeSixtyDayTimesAreIsoTextThatStillGivesSeasons() {
        List<String> lines = Runs.lines(pipeline("d360", "flat360", "{ type: steps }",
                "{ type: filter, where: \"time == '1981-02-30' or time == '1981-12-01'\" }",
                "{ type: season }"), 1);
        assertThat(lines.stream().filter(l -> !l.startsWith("time")).toList())
                .containsExactly("1981-02-30,0.0,0.0,59.0,DJF,1981", "1981-12-01,0.0,0.0,330.0,DJF,1982");
    }

    @Test
    void stagesAfterAStatisticApplyToItsResultTable() {
        // DJF 1982 = 1981-12-01 .. 1982-02-28 = steps 2 .. 91; mean tas of cell 0 = 250 + (2 + 91) / 2 = 296.5
        List<String> lines = Runs.lines(pipeline("stat", "autumn", "{ type: season }",
                "{ type: mean, over: time }", "{ type: filter, where: \"season == 'DJF' and lon == 0\" }",
                "{ type: derive, columns: { anomaly: tas - 290 } }", "{ type: rename, columns: { tas: tas_mean } }"),
                3);
        assertThat(lines).contains("season,year,lat,lon,tas_mean,count,complete,anomaly",
                "DJF,1982,0.0,0.0,296.5,90,true,6.5");
        assertThat(lines).noneMatch(l -> l.startsWith("SON") || l.startsWith("MAM"));
    }

    @Test
    void stagesAfterAGroupedStatisticApplyToEachGroup() {
        List<String> lines = Runs.lines(pipeline("grouped", "autumn", "{ type: season }",
                "{ type: max, over: time, group-by: season }", "{ type: select, columns: [season, lon, tas] }"), 2);
        // max of cell 1 in DJF: step 91 -> 341.5; in SON: step 1 -> 251.5; in MAM: step 93 -> 343.5
        assertThat(lines).containsExactly("season,lon,tas", "DJF,0.0,341.0", "DJF,1.0,341.5",
                "season,lon,tas", "MAM,0.0,343.0", "MAM,1.0,343.5", "season,lon,tas", "SON,0.0,251.0",
                "SON,1.0,251.5");
    }

    @Test
    void theOutputIsTheSameWhateverTheParallelism() {
        String p = pipeline("NAME", "autumn", "{ type: month }", "{ type: derive, columns: { k: tas * 2 } }",
                "{ type: filter, where: \"k > 600\" }");
        assertThat(Runs.lines(p.replace("NAME", "one"), 1)).isEqualTo(Runs.lines(p.replace("NAME", "four"), 4));
    }

    @Test
    void problemsAreFoundBeforeReadingAndLocatedAtTheSetting() throws IOException {
        String p = pipeline("bad", "autumn", "{ type: season }", "{ type: select, columns: [seasn, tas] }",
                "{ type: filter, where: \"tas + season > 1\" }");
        assertThat(Runs.problems(p)).containsExactly(
                "p.yaml:5:31 stages[0].columns[0]: unknown column 'seasn'; columns: season, year, time, lat, lon,"
                        + " tas. Did you mean 'season'?");
        String typed = pipeline("bad", "autumn", "{ type: season }", "{ type: filter, where: \"tas + season > 1\" }");
        assertThat(Runs.problems(typed)).containsExactly("p.yaml:5:35 stages[0].where: 'season' is STRING; '+'"
                + " needs numbers");
    }

    @Test
    void aTableStageBeforeAStatisticIsAProblem() throws IOException {
        String p = pipeline("order", "autumn", "{ type: season }", "{ type: filter, where: lon == 0 }",
                "{ type: mean, over: time }");
        assertThat(Runs.problems(p)).singleElement().asString().startsWith("p.yaml:6:7 stages[1].type: statistic"
                + " 'mean' comes after the table stage 'filter' (stages[0])");
    }

    @Test
    void aSeasonStageClashesWithTheSeasonSplitsLabels() throws IOException {
        String p = pipeline("clash", "autumn", "{ type: season }", "{ type: season }");
        assertThat(Runs.problems(p)).hasSize(2).allSatisfy(l -> assertThat(l).contains("already has a"));
    }
}
