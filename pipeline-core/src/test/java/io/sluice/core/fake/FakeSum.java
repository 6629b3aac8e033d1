package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridBatch;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Accumulator;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import java.util.Map;

/** Type {@code fake-sum}: the sum over time of variable {@code v} per cell, optionally grouped. */
public final class FakeSum implements StageFactory {
    @Override
    public String type() {
        return "fake-sum";
    }

    @Override
    public Stage create(ConfigReader settings) {
        String groupBy = settings.string("group-by", null);
        return new Aggregation() {
            @Override
            public String type() {
                return "fake-sum";
            }

            @Override
            public String statistic() {
                return "sum";
            }

            @Override
            public String groupBy() {
                return groupBy;
            }

            @Override
            public Accumulator start(SourceDescription description) {
                return new Sum(new double[(int) description.cellsPerStep()]);
            }

            @Override
            public ColumnType resultType(VariableInfo variable) {
                return ColumnType.DOUBLE;
            }
        };
    }

    private record Sum(double[] sums) implements Accumulator {
        @Override
        public void add(GridBatch batch) {
            double[] v = batch.values("v");
            for (int i = 0; i < v.length; i++) {
                sums[i % sums.length] += v[i];
            }
        }

        @Override
        public void merge(Accumulator other) {
            double[] o = ((Sum) other).sums;
            for (int i = 0; i < sums.length; i++) {
                sums[i] += o[i];
            }
        }

        @Override
        public Map<String, double[]> finish() {
            return Map.of("v", sums.clone());
        }
    }
}
