package io.sluice.converters.stats;

import static io.sluice.converters.stats.Computing.aggregation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.converters.fixtures.Grids;
import io.sluice.core.config.Config;
import io.sluice.core.config.Settings;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problem;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticSettingsTest {

    @Test
    void theDslWritesTheSameSettingsAsYaml() {
        assertThat(Statistics.mean().toConfig()).isEqualTo(Config.ofType("mean").with("over", "time"));
        assertThat(Statistics.count().groupBy("season").toConfig())
                .isEqualTo(Config.ofType("count").with("over", "time").with("group-by", "season"));
        assertThatThrownBy(() -> Statistics.sum().groupBy(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDslWritesTheSameWeightedMeanSettingsAsYaml() {
        assertThat(Statistics.weightedMean().toConfig()).isEqualTo(Config.ofType("weighted-mean")
                .with("over", "time").with("weights", "month-length").with("missing-weights", "renormalise"));
        assertThat(Statistics.weightedMean().groupBy("season").missingWeights(MissingWeights.XARRAY).toConfig())
                .isEqualTo(Config.ofType("weighted-mean").with("over", "time").with("weights", "month-length")
                        .with("missing-weights", "xarray").with("group-by", "season"));
        assertThat(Statistics.std1().toConfig()).isEqualTo(Config.ofType("std1").with("over", "time"));
        assertThat(aggregation(Config.ofType("weighted-mean"))).isEqualTo(aggregation(Statistics.weightedMean()));
    }

    @Test
    void weightedMeanSettingsAreCheckedWithLocationsAndHints() {
        Config stage = Config.empty("stages[0]", Location.of("pipeline.yaml", 7, 5))
                .with("type", "weighted-mean", Location.of("pipeline.yaml", 7, 13))
                .with("weights", "month-lenght", Location.of("pipeline.yaml", 7, 38))
                .with("missing-weights", "xaray", Location.of("pipeline.yaml", 7, 69));

        assertThat(Computing.problems(stage)).extracting(Problem::toString).containsExactly(
                "pipeline.yaml:7:38 stages[0].weights: 'month-lenght' is not one of month-length."
                        + " Did you mean 'month-length'?",
                "pipeline.yaml:7:69 stages[0].missing-weights: 'xaray' is not one of renormalise, xarray."
                        + " Did you mean 'xarray'?");
        assertThat(Computing.problems(Config.ofType("weighted-mean").with("missing_weights", "xarray")))
                .extracting(Problem::message)
                .containsExactly("unknown key; expected one of type, over, group-by, weights, missing-weights."
                        + " Did you mean 'missing-weights'?");
    }

    @Test
    void eachStatisticReportsItsTypeIdAndGrouping() {
        for (String type : List.of("mean", "min", "max", "sum", "count", "std", "std1", "var", "var1")) {
            Aggregation a = aggregation(Config.ofType(type));
            assertThat(a.type()).isEqualTo(type);
            assertThat(a.statistic()).isEqualTo(type);
            assertThat(a.groupBy()).isNull();
        }
        assertThat(aggregation(Statistics.max().groupBy("month")).groupBy()).isEqualTo("month");
        Aggregation weighted = aggregation(Statistics.weightedMean().groupBy("season"));
        assertThat(weighted.type()).isEqualTo("weighted-mean");
        assertThat(weighted.statistic()).as("column suffix").isEqualTo("weighted_mean");
        assertThat(weighted.groupBy()).isEqualTo("season");
    }

    @Test
    void overAnythingButTimeIsALocatedProblem() {
        Config stage = Config.empty("stages[1]", Location.of("pipeline.yaml", 9, 5))
                .with("type", "mean", Location.of("pipeline.yaml", 9, 13))
                .with("over", "lat", Location.of("pipeline.yaml", 10, 11));

        List<Problem> problems = Computing.problems(stage);

        assertThat(problems).singleElement().hasToString("pipeline.yaml:10:11 stages[1].over: 'lat': only"
                + " reductions over time are supported; expected over: time");
    }

    @Test
    void unknownSettingsAreProblemsWithAHint() {
        assertThat(Computing.problems(Config.ofType("sum").with("groupby", "season")))
                .extracting(Problem::message)
                .containsExactly("unknown key; expected one of type, over, group-by. Did you mean 'group-by'?");
    }

    @Test
    void countIsWholeNumbersAndOtherStatisticsKeepTheVariablesType() {
        VariableInfo floats = VariableInfo.of("tas", List.of("time"), "short", ColumnType.FLOAT, Map.of());
        VariableInfo doubles = VariableInfo.of("pr", List.of("time"), "double", ColumnType.DOUBLE, Map.of());

        assertThat(aggregation(Statistics.count()).resultType(floats)).isEqualTo(ColumnType.LONG);
        assertThat(aggregation(Statistics.mean()).resultType(floats)).isEqualTo(ColumnType.DOUBLE);
        assertThat(aggregation(Statistics.max()).resultType(floats)).isEqualTo(ColumnType.FLOAT);
        assertThat(aggregation(Statistics.sum()).resultType(doubles)).isEqualTo(ColumnType.DOUBLE);
        assertThat(aggregation(Statistics.std()).resultType(floats)).isEqualTo(ColumnType.DOUBLE);
        assertThat(aggregation(Statistics.weightedMean()).resultType(floats)).isEqualTo(ColumnType.DOUBLE);
    }

    @Test
    void aBlockOfAnotherGridIsRejected() {
        Accumulator acc = Computing.start(Statistics.mean(), 3, "tas");

        assertThatThrownBy(() -> acc.add(Grids.batch(2, Map.of("tas", new double[] {1, 2}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a block of 2 cells per time step was given to a mean over 3 cells");
    }

    @Test
    void accumulatorsOfDifferentStatisticsDoNotMerge() {
        Accumulator mean = Computing.start(Statistics.mean(), 3, "tas");

        assertThatThrownBy(() -> mean.merge(Computing.start(Statistics.sum(), 3, "tas")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge sum of [tas] over 3 cells into mean of [tas] over 3 cells");
    }
}
