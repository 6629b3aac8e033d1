package io.sluice.converters.split;

import static io.sluice.converters.split.Planning.completeness;
import static io.sluice.converters.split.Planning.keys;
import static io.sluice.converters.split.Planning.lengths;
import static io.sluice.converters.split.Planning.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.plan.ChunkPlan;
import org.junit.jupiter.api.Test;

/** A season the data begins or ends inside is incomplete even when each of its months has a step. */
class SeasonEdgesTest {

    @Test
    void dataStartingOnChristmasMakesTheFirstDjfIncomplete() {
        ChunkPlan p = plan(Splits.season(), TimeAxes.daily("2000-12-25", "2001-06-30"));
        assertThat(keys(p)).containsExactly("DJF-2001", "MAM-2001", "JJA-2001");
        // 7 December days + 31 + 28
        assertThat(lengths(p)).containsExactly(66, 92, 30);
        assertThat(completeness(p)).containsExactly(false, true, false);
    }

    @Test
    void dataEndingBeforeTheLastDaysOfASeasonMakesItIncomplete() {
        ChunkPlan p = plan(Splits.season(), TimeAxes.daily("2001-03-01", "2001-11-20"));
        assertThat(completeness(p)).containsExactly(true, true, false);
        ChunkPlan droppped = plan(Splits.season().dropIncomplete(), TimeAxes.daily("2001-03-01", "2001-11-20"));
        assertThat(keys(droppped)).containsExactly("MAM-2001", "JJA-2001");
    }

    @Test
    void dataEndingOnTheLastDayOfFebruaryCompletesDjf() {
        ChunkPlan p = plan(Splits.season(), TimeAxes.daily("2000-12-01", "2001-02-28"));
        assertThat(completeness(p)).containsExactly(true);
    }

    @Test
    void monthlyDataNeedsOnlyEveryMonth() {
        ChunkPlan p = plan(Splits.season(), TimeAxes.monthly("2001-03", "2001-11"));
        assertThat(completeness(p)).containsExactly(true, true, true);
    }

    @Test
    void spacingIsTheTypicalDayGapWithinMonths() {
        assertThat(StepSpacing.days(TimeAxes.daily("2001-01-01", "2001-03-01"))).isEqualTo(1);
        assertThat(StepSpacing.days(TimeAxes.monthly("2001-01", "2001-12"))).isZero();
        assertThat(StepSpacing.days(TimeAxes.steps(0))).isZero();
    }
}
