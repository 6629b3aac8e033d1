package io.sluice.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSpanTest {
    private static TimeAxis days(double... values) {
        int n = values.length;
        return TimeAxis.of("time", "days since 2000-01-01", "standard", values, new int[n], new int[n], new int[n],
                new int[n]);
    }

    @Test
    void aSpanRunsFromTheFirstStepsLowerToTheLastStepsUpperBound() {
        TimeAxis t = days(0.5, 1.5, 2.5).withBounds("time_bnds", new double[] {0, 1, 2}, new double[] {1, 2, 3});
        TimeSpan s = TimeSpan.of(t, 1, 3);
        assertThat(s).isEqualTo(new TimeSpan(1.5, 2.5, 1, 3, false));
        assertThat(TimeSpan.of(t, 2, 2)).as("no steps").isNull();
    }

    @Test
    void withoutBoundsTheStepsThemselvesAreTheBounds() {
        assertThat(TimeSpan.of(days(10, 40, 70), 0, 3)).isEqualTo(new TimeSpan(10, 70, 10, 70, false));
    }

    @Test
    void poolingSpansOfSeveralYearsMakesAClimatologyCoveringThemAll() {
        TimeSpan djf2001 = new TimeSpan(334.5, 423.5, 334, 424, false);
        TimeSpan djf2000 = new TimeSpan(0.5, 58.5, 0, 59, false);
        assertThat(djf2001.pool(null).pool(djf2000)).isEqualTo(new TimeSpan(0.5, 423.5, 0, 424, true));
    }

    @Test
    void aSpanSurvivesTableAttributesExactly() {
        TimeSpan s = new TimeSpan(0.1, 1096.4850000000001, -0.3, 1e300, true);
        Table t = GridTable.builder(List.of()).attributes(s.toAttributes()).build();
        assertThat(TimeSpan.from(t.attributes())).isEqualTo(s);
        assertThat(TimeSpan.from(Map.of())).isNull();
    }

    @Test
    void aGridTableWithTimeKnowsItsStepsAndItsAxisColumnsTheirAxes() {
        Axis lat = Axis.of("lat", "degrees_north", new double[] {-45, 45});
        TimeAxis t = days(0.5, 1.5);
        Table table = GridTable.builder(List.of(lat)).time(t)
                .variable("tas", ColumnType.FLOAT, new double[] {1, 2, 3, 4}, Map.of()).build();
        assertThat(table.time()).isSameAs(t);
        assertThat(table.columns().get(1).axis()).isEqualTo(lat);
        assertThat(table.columns().get(2).axis()).isNull();
        assertThat(Table.of(0, List.of()).time()).isNull();
    }
}
