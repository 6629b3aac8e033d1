package io.sluice.converters.split;

import static io.sluice.converters.split.Planning.completeness;
import static io.sluice.converters.split.Planning.keys;
import static io.sluice.converters.split.Planning.lengths;
import static io.sluice.converters.split.Planning.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.config.Config;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.IndexRange;
import org.junit.jupiter.api.Test;

class CalendarSplitTest {

    @Test
    void monthSplitGivesOneChunkPerCalendarMonth() {
        ChunkPlan plan = plan(Splits.month(), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).hasSize(48).startsWith("1981-01", "1981-02").endsWith("1984-12");
        assertThat(lengths(plan).subList(36, 39)).containsExactly(31, 29, 31);
        assertThat(plan.chunks().get(37).labels()).containsExactly(entry("year", "1984"), entry("month", "02"));
        assertThat(plan.chunks().get(37).slice()).isEqualTo(IndexRange.of("time", 1126, 1155));
        assertThat(completeness(plan)).containsOnly(true);
    }

    @Test
    void monthLabelOrderIsJanuaryToDecember() {
        ChunkPlan plan = plan(Splits.month(), TimeAxes.monthly("1982-03", "1982-05"));

        assertThat(keys(plan)).containsExactly("1982-03", "1982-04", "1982-05");
        assertThat(plan.labelOrder().keySet()).containsExactly("year", "month");
        assertThat(plan.labelOrder().get("month")).containsExactly("01", "02", "03", "04", "05", "06", "07", "08",
                "09", "10", "11", "12");
        assertThat(plan.labelOrder().get("year")).containsExactly("1982");
    }

    @Test
    void yearSplitGivesOneChunkPerCalendarYear() {
        ChunkPlan plan = plan(Splits.year(), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).containsExactly("1981", "1982", "1983", "1984");
        assertThat(lengths(plan)).containsExactly(365, 365, 365, 366);
        assertThat(plan.chunks().get(0).labels()).containsExactly(entry("year", "1981"));
        assertThat(plan.labelOrder()).containsOnlyKeys("year");
        assertThat(plan.labelOrder().get("year")).containsExactly("1981", "1982", "1983", "1984");
    }

    @Test
    void aYearWithoutEveryMonthIsIncomplete() {
        ChunkPlan plan = plan(Splits.year(), TimeAxes.daily("1981-07-01", "1982-12-31"));

        assertThat(keys(plan)).containsExactly("1981", "1982");
        assertThat(completeness(plan)).containsExactly(false, true);
    }

    @Test
    void yearAndMonthSplitsOfAnEmptyAxisHaveNoChunks() {
        assertThat(plan(Splits.year(), TimeAxes.steps(0)).chunks()).isEmpty();
        assertThat(plan(Splits.month(), TimeAxes.steps(0)).notes()).hasSize(1);
    }

    @Test
    void stepsSplitCutsFixedRunsWithAShorterLastOne() {
        ChunkPlan plan = plan(Splits.steps(100), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).hasSize(15).startsWith("steps-0", "steps-1").endsWith("steps-14");
        assertThat(lengths(plan).subList(0, 14)).containsOnly(100);
        assertThat(lengths(plan).get(14)).isEqualTo(61);
        assertThat(plan.chunks().get(14).labels()).isEmpty();
        assertThat(plan.labelOrder()).isEmpty();
    }

    @Test
    void stepsSplitWithoutSizeReadsEverythingInOneChunk() {
        ChunkPlan plan = plan(Splits.steps(), TimeAxes.daily("1981-01-01", "1984-12-31"));

        assertThat(keys(plan)).containsExactly("steps-0");
        assertThat(plan.chunks().get(0).slice()).isEqualTo(IndexRange.of("time", 0, 1461));
        assertThat(plan.chunks().get(0).complete()).isTrue();
    }

    @Test
    void stepsSplitLargerThanTheAxisGivesOneChunk() {
        assertThat(lengths(plan(Splits.steps(Integer.MAX_VALUE), TimeAxes.steps(10)))).containsExactly(10);
    }

    @Test
    void stepsSplitOfAnEmptyAxisHasNoChunksAndANote() {
        ChunkPlan plan = plan(Splits.steps(), TimeAxes.steps(0));

        assertThat(plan.chunks()).isEmpty();
        assertThat(plan.notes()).containsExactly("test.nc: time axis 'time' has no steps; the plan has no chunks");
    }

    @Test
    void stepsSizeMustBePositive() {
        assertThat(Planning.problems(Config.ofType("steps").with("size", 0)))
                .extracting(p -> p.message()).containsExactly("0 is out of range; expected 1 to 2147483647");
    }
}
