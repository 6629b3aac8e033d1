package io.sluice.converters.split;

import static io.sluice.converters.split.Planning.completeness;
import static io.sluice.converters.split.Planning.keys;
import static io.sluice.converters.split.Planning.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.converters.fixtures.TimeAxes;
import io.sluice.core.config.Config;
import io.sluice.core.plan.ChunkPlan;
import org.junit.jupiter.api.Test;

/** Year and month chunks the data begins or ends inside are incomplete, and can be dropped. */
class CalendarEdgesTest {

    @Test
    void yearsCutByTheDataAreIncompleteAndDroppable() {
        ChunkPlan kept = plan(Splits.year(), TimeAxes.daily("2001-03-10", "2003-05-31"));
        assertThat(keys(kept)).containsExactly("2001", "2002", "2003");
        assertThat(completeness(kept)).containsExactly(false, true, false);
        ChunkPlan dropped = plan(Config.ofType("year").with("drop-incomplete", true),
                TimeAxes.daily("2001-03-10", "2003-05-31"));
        assertThat(keys(dropped)).containsExactly("2002");
        assertThat(dropped.notes()).singleElement().asString().contains("2001", "2003");
    }

    @Test
    void monthsCutByTheDataAreIncompleteAndDroppable() {
        ChunkPlan kept = plan(Splits.month(), TimeAxes.daily("2001-01-15", "2001-03-31"));
        assertThat(completeness(kept)).containsExactly(false, true, true);
        ChunkPlan dropped = plan(Config.ofType("month").with("drop-incomplete", true),
                TimeAxes.daily("2001-01-15", "2001-03-31"));
        assertThat(keys(dropped)).containsExactly("2001-02", "2001-03");
    }
}
