package io.sluice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.core.data.GridBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks do the work they claim, checked with numbers computed here independently. */
class BenchmarkWorkTest {

    @Test
    void aSeasonSliceReadDeliversNinetyStepsOfBothVariables() throws IOException {
        NetcdfReadBenchmark b = new NetcdfReadBenchmark();
        b.blockMiB = 8;
        b.setUp();
        try {
            assertThat(b.chunks).hasSize(4);   // 365 daily steps in chunks of 90: four full ones, 5 steps left
            assertThat(b.readSeasonSlice()).isEqualTo(90L * 73 * 144 * 2);
        } finally {
            b.tearDown();
        }
    }

    @Test
    void theMeanOfOneAddedBlockIsTheAverageOfItsValidValuesPerCell() {
        MeanBenchmark b = new MeanBenchmark();
        b.statistic = "mean";
        b.setUp();
        b.addBlock();
        GridBatch block = b.block;
        int cells = block.cellsPerStep();
        for (String variable : List.of("tas", "pr")) {
            double[] values = block.values(variable);
            double[] mean = b.accumulator.finish().get(variable);
            for (int cell : new int[] {0, 1234, cells - 1}) {
                double sum = 0;
                int n = 0;
                for (int s = 0; s < block.steps(); s++) {
                    double v = values[s * cells + cell];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                assertThat(mean[cell]).as(variable + " cell " + cell).isCloseTo(sum / n, within(1e-9 * Math.abs(sum / n)));
            }
        }
    }

    @Test
    void theCsvBenchmarkWritesOneRowPerCellAfterTheHeader() throws IOException {
        CsvWriteBenchmark b = new CsvWriteBenchmark();
        b.setUp();
        try {
            b.begin();
            b.seasonalMeanRows();
            b.session.commit();
            List<String> lines = Files.readAllLines(b.dir.resolve("out.csv"));
            assertThat(lines).hasSize(1 + 73 * 144);
            assertThat(lines.get(0)).isEqualTo("season,year,lat,lon,tas,pr,count");
            assertThat(lines.get(1)).startsWith("DJF,1982,-90.0,0.0,").endsWith(",90");
        } finally {
            b.tearDown();
        }
    }
}
