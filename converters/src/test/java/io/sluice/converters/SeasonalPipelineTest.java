package io.sluice.converters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sluice.converters.fixtures.Grids;
import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.converters.split.Splits;
import io.sluice.converters.stats.Statistics;
import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.fake.FakeGridSource;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs season splits and statistics through the local runner over daily data for 1981-1982 on two cells, and
 * checks the output against sums computed here by walking the calendar. Cell 1 misses every tenth day.
 */
class SeasonalPipelineTest {
    private static final LocalDate FIRST = LocalDate.of(1981, 1, 1);
    private static final int STEPS = 730;

    @BeforeAll
    static void grid() {
        double[] tas = new double[STEPS * 2];
        for (int i = 0; i < STEPS; i++) {
            tas[2 * i] = value(i, 0);
            tas[2 * i + 1] = value(i, 1);
        }
        var time = TimeAxes.daily("1981-01-01", "1982-12-31");
        FakeGridSource.put("daily", Grids.description(time, 2, "tas"), Map.of("tas", tas));
    }

    private static double value(int step, int cell) {
        return cell == 1 && step % 10 == 0 ? Double.NaN : 250 + step % 37 + 0.5 * cell;
    }

    private static String season(LocalDate d) {
        return switch (d.getMonthValue()) {
            case 12, 1, 2 -> "DJF";
            case 3, 4, 5 -> "MAM";
            case 6, 7, 8 -> "JJA";
            default -> "SON";
        };
    }

    /** Mean of cell {@code cell} over the days whose "season" or "season-year" key equals {@code key}. */
    private static double expectedMean(String key, boolean withYear, int cell) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < STEPS; i++) {
            LocalDate d = FIRST.plusDays(i);
            int seasonYear = d.getMonthValue() == 12 ? d.getYear() + 1 : d.getYear();
            String k = withYear ? season(d) + "-" + seasonYear : season(d);
            if (k.equals(key) && !Double.isNaN(value(i, cell))) {
                sum += value(i, cell);
                n++;
            }
        }
        return sum / n;
    }

    private static RunReport run(String out, Settings split, int parallelism, Settings... stages) {
        Pipeline.Builder b = Pipeline.builder("seasonal")
                .source(Config.ofType("fake-grid").with("name", "daily").with("block-steps", 7))
                .split(split)
                .sink(Config.ofType("memory").with("name", out));
        for (Settings s : stages) {
            b.stage(s);
        }
        return new LocalRunner(RunOptions.defaults().withParallelism(parallelism)).run(b.build());
    }

    @Test
    void seasonalMeansPerSeasonYearMatchTheCalendar() {
        RunReport report = run("per-year", Splits.season(), 3, Statistics.mean());
        List<Map<String, Object>> rows = MemorySink.rows("per-year");

        assertThat(rows).hasSize(9 * 2);
        assertThat(rows.get(0).keySet())
                .containsExactly("season", "year", "lat", "lon", "tas", "count", "complete");
        assertThat(rows.get(0)).containsEntry("season", "DJF").containsEntry("year", 1981L).containsEntry("count", 59L);
        for (Map<String, Object> row : rows) {
            String key = row.get("season") + "-" + row.get("year");
            assertThat(row.get("complete")).as(key).isEqualTo(!key.equals("DJF-1981") && !key.equals("DJF-1983"));
            int cell = ((Double) row.get("lon")).intValue();
            assertThat((Double) row.get("tas")).as(key + " cell " + cell)
                    .isCloseTo(expectedMean(key, true, cell), within(1e-9));
        }
        assertThat(report.incompleteChunks()).extracting(c -> c.key()).containsExactly("DJF-1981", "DJF-1983");
    }

    @Test
    void climatologyPoolsEverySeasonInCanonicalOrder() {
        run("clim", Splits.season(), 4, Statistics.mean().groupBy("season"),
                Statistics.count().groupBy("season"));
        List<Map<String, Object>> rows = MemorySink.rows("clim");

        assertThat(rows).extracting(r -> r.get("season"))
                .containsExactly("DJF", "DJF", "MAM", "MAM", "JJA", "JJA", "SON", "SON");
        assertThat(rows.get(0).keySet()).containsExactly("season", "lat", "lon", "tas_mean", "tas_count", "count");
        assertThat(rows.get(0)).containsEntry("count", 59L + 90 + 31).containsEntry("tas_count", 180L);
        for (Map<String, Object> row : rows) {
            int cell = ((Double) row.get("lon")).intValue();
            assertThat((Double) row.get("tas_mean"))
                    .isCloseTo(expectedMean((String) row.get("season"), false, cell), within(1e-9));
        }
    }

    @Test
    void outputIsTheSameWhateverTheParallelism() {
        run("one", Splits.month(), 1, Statistics.max().groupBy("month"));
        run("many", Splits.month(), 8, Statistics.max().groupBy("month"));

        assertThat(MemorySink.rows("many")).hasSize(24).isEqualTo(MemorySink.rows("one"));
    }

    @Test
    void droppedIncompleteSeasonsAreNotedInTheRunReport() {
        RunReport report = run("complete", Splits.season().dropIncomplete(), 2, Statistics.sum());

        assertThat(MemorySink.rows("complete")).hasSize(7 * 2);
        assertThat(report.notes()).containsExactly(
                "dropped 2 incomplete seasons: DJF-1981 (59 steps), DJF-1983 (31 steps)");
    }

    @Test
    void groupingByALabelTheSplitDoesNotMakeIsAProblem() {
        assertThatThrownBy(() -> run("bad", Splits.season(), 1, Statistics.mean().groupBy("month")))
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessageContaining("stages[0].group-by: 'month' is not a label of this split; labels: season, year");
    }

    @Test
    void perChunkMinimumsFollowYearChunks() {
        run("years", Splits.year(), 2, Statistics.min());
        Map<Object, Object> minByYear = new TreeMap<>();
        MemorySink.rows("years").forEach(r -> minByYear.put(r.get("year") + "/" + r.get("lon"), r.get("tas")));

        assertThat(minByYear).containsEntry("1981/0.0", 250.0).containsEntry("1982/1.0", 250.5);
    }
}
