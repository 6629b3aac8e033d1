package io.sluice.converters.split;

import static io.sluice.converters.split.Planning.completeness;
import static io.sluice.converters.split.Planning.keys;
import static io.sluice.converters.split.Planning.lengths;
import static io.sluice.converters.split.Planning.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.config.Config;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonSplitTest {
    private static final ChunkPlan DAILY = plan(Splits.season(), TimeAxes.daily("1981-01-01", "1984-12-31"));

    @Test
    void fourDailyYearsGiveSeventeenSeasonsLikeCdoSeasmean() {
        assertThat(keys(DAILY)).containsExactly("DJF-1981", "MAM-1981", "JJA-1981", "SON-1981",
                "DJF-1982", "MAM-1982", "JJA-1982", "SON-1982", "DJF-1983", "MAM-1983", "JJA-1983", "SON-1983",
                "DJF-1984", "MAM-1984", "JJA-1984", "SON-1984", "DJF-1985");
        assertThat(lengths(DAILY)).containsExactly(59, 92, 92, 91, 90, 92, 92, 91, 90, 92, 92, 91,
                91, 92, 92, 91, 31);
    }

    @Test
    void decemberBelongsToNextYearsDjf() {
        Chunk djf1982 = DAILY.chunks().get(4);
        assertThat(djf1982.key()).isEqualTo("DJF-1982");
        assertThat(djf1982.slice()).isEqualTo(IndexRange.of("time", 334, 424));
        assertThat(djf1982.slice().describe()).isEqualTo("time 334..423");
    }

    @Test
    void leapYearDjfHasTwentyNinthOfFebruary() {
        Chunk djf1984 = DAILY.chunks().get(12);
        assertThat(djf1984.key()).isEqualTo("DJF-1984");
        assertThat(((IndexRange) djf1984.slice()).length()).isEqualTo(31 + 31 + 29);
    }

    @Test
    void seasonsCutByTheDataEndsAreIncompleteAndKeptByDefault() {
        assertThat(completeness(DAILY)).containsExactly(false, true, true, true, true, true, true, true, true,
                true, true, true, true, true, true, true, false);
        assertThat(DAILY.notes()).isEmpty();
    }

    @Test
    void chunksAreNumberedInTimeOrderAndCoverEveryStepOnce() {
        int next = 0;
        for (int i = 0; i < DAILY.chunks().size(); i++) {
            IndexRange range = (IndexRange) DAILY.chunks().get(i).slice();
            assertThat(DAILY.chunks().get(i).index()).isEqualTo(i);
            assertThat(range.start()).isEqualTo(next);
            next = range.end();
        }
        assertThat(next).isEqualTo(1461);
    }

    @Test
    void estimatedBytesAreStepsTimesBytesPerStep() {
        assertThat(DAILY.chunks().get(4).estimatedBytes()).isEqualTo(90 * 24L);
        assertThat(DAILY.estimatedBytes()).isEqualTo(1461 * 24L);
    }

    @Test
    void labelsAreSeasonThenYear() {
        assertThat(DAILY.chunks().get(0).labels()).containsExactly(entry("season", "DJF"), entry("year", "1981"));
        assertThat(DAILY.chunks().get(16).labels()).containsEntry("year", "1985");
    }

    @Test
    void labelOrderGivesSeasonsAsConfiguredAndYearsAscending() {
        assertThat(DAILY.labelOrder().keySet()).containsExactly("season", "year");
        assertThat(DAILY.labelOrder().get("season")).containsExactly("DJF", "MAM", "JJA", "SON");
        assertThat(DAILY.labelOrder().get("year")).containsExactly("1981", "1982", "1983", "1984", "1985");
    }

    @Test
    void dropIncompleteRemovesFirstAndLastSeasonAndNotesThem() {
        ChunkPlan plan = plan(Splits.season().dropIncomplete(), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).hasSize(15).startsWith("MAM-1981").endsWith("SON-1984");
        assertThat(completeness(plan)).containsOnly(true);
        assertThat(plan.chunks().get(0).index()).isZero();
        assertThat(plan.chunks().get(0).slice()).isEqualTo(IndexRange.of("time", 59, 151));
        assertThat(plan.notes()).containsExactly(
                "dropped 2 incomplete seasons: DJF-1981 (59 steps), DJF-1985 (31 steps)");
        assertThat(plan.labelOrder().get("year")).containsExactly("1981", "1982", "1983", "1984");
    }

    @Test
    void threeSixtyDayCalendarGivesNinetyStepsPerCompleteSeason() {
        ChunkPlan plan = plan(Splits.season(), TimeAxes.threeSixtyDay(1981, 1984));

        assertThat(keys(plan)).hasSize(17).startsWith("DJF-1981").endsWith("DJF-1985");
        assertThat(lengths(plan).subList(1, 16)).containsOnly(90);
        assertThat(lengths(plan).get(0)).isEqualTo(60);
        assertThat(lengths(plan).get(16)).isEqualTo(30);
    }

    @Test
    void monthlyDataGivesThreeStepsPerCompleteSeason() {
        ChunkPlan plan = plan(Splits.season(), TimeAxes.monthly("1982-01", "1983-12"));

        assertThat(keys(plan)).containsExactly("DJF-1982", "MAM-1982", "JJA-1982", "SON-1982",
                "DJF-1983", "MAM-1983", "JJA-1983", "SON-1983", "DJF-1984");
        assertThat(lengths(plan)).containsExactly(2, 3, 3, 3, 3, 3, 3, 3, 1);
        assertThat(completeness(plan)).containsExactly(false, true, true, true, true, true, true, true, false);
    }

    @Test
    void aMissingMonthInsideASeasonMakesItIncomplete() {
        int[] years = {1981, 1982, 1982, 1982};
        int[] months = {12, 2, 3, 4};
        var time = TimeAxes.of("months", "standard", years, months, new int[] {1, 1, 1, 1});
        ChunkPlan plan = plan(Splits.season(), time);

        assertThat(keys(plan)).containsExactly("DJF-1982", "MAM-1982");
        assertThat(lengths(plan)).containsExactly(2, 2);
        assertThat(completeness(plan)).containsExactly(false, false);
    }

    @Test
    void customSeasonsFollowTheirOwnMonths() {
        var daily = TimeAxes.daily("1981-01-01", "1984-12-31");
        ChunkPlan plan = plan(Splits.season("DJFM", "AMJ", "JAS", "ON"), daily);

        assertThat(keys(plan)).hasSize(17)
                .startsWith("DJFM-1981", "AMJ-1981", "JAS-1981", "ON-1981", "DJFM-1982")
                .endsWith("DJFM-1984", "AMJ-1984", "JAS-1984", "ON-1984", "DJFM-1985");
        assertThat(lengths(plan).subList(0, 5)).containsExactly(90, 91, 92, 61, 121);
        assertThat(lengths(plan).get(12)).isEqualTo(31 + 31 + 29 + 31);
        assertThat(lengths(plan).get(16)).isEqualTo(31);
        assertThat(plan.labelOrder().get("season")).containsExactly("DJFM", "AMJ", "JAS", "ON");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void novemberToMarchBelongsToTheYearItEndsAndOtherMonthsAreSkipped() {
        ChunkPlan plan = plan(Splits.season("NDJFM"), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).containsExactly("NDJFM-1981", "NDJFM-1982", "NDJFM-1983", "NDJFM-1984",
                "NDJFM-1985");
        assertThat(lengths(plan)).containsExactly(90, 151, 151, 152, 61);
        assertThat(completeness(plan)).containsExactly(false, true, true, true, false);
        assertThat(plan.chunks().get(1).slice()).isEqualTo(IndexRange.of("time", 304, 455));
        assertThat(plan.notes()).containsExactly(
                "856 time steps in months outside every season (Apr, May, Jun, Jul, Aug, Sep, Oct) are not read");
    }

    @Test
    void seasonNamesAreReadCaseInsensitively() {
        ChunkPlan plan = plan(Splits.season("djf"), TimeAxes.monthly("1982-01", "1982-03"));

        assertThat(keys(plan)).containsExactly("DJF-1982");
    }

    @Test
    void anEmptyTimeAxisGivesNoChunksAndANote() {
        ChunkPlan plan = plan(Splits.season(), TimeAxes.steps(0));

        assertThat(plan.chunks()).isEmpty();
        assertThat(plan.notes()).containsExactly("test.nc: time axis 'time' has no steps; the plan has no chunks");
        assertThat(plan.labelOrder().get("season")).containsExactly("DJF", "MAM", "JJA", "SON");
        assertThat(plan.labelOrder().get("year")).isEmpty();
    }

    @Test
    void timeGoingBackIntoAnEarlierSeasonIsRejected() {
        int[] years = {1982, 1982, 1982};
        int[] months = {1, 7, 2};
        var time = TimeAxes.of("months", "standard", years, months, new int[] {1, 1, 1});

        assertThatThrownBy(() -> plan(Splits.season(), time))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.nc: chunk DJF-1982 appears twice, again at time step 2 (1982-02-01); time steps"
                        + " must increase");
    }

    @Test
    void theDslWritesTheSameSettingsAsYaml() {
        assertThat(Splits.season().toConfig()).isEqualTo(Config.ofType("season"));
        assertThat(Splits.season("DJFM", "AMJ").dropIncomplete().toConfig()).isEqualTo(
                Config.ofType("season").with("seasons", List.of("DJFM", "AMJ"))
                        .with("drop-incomplete", true));
        assertThatThrownBy(() -> Splits.season(new String[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
