package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static final long MB = 1L << 20;

    private static SourceDescription grid(int nlat, int nlon, int variables) {
        TimeAxis time = TimeAxis.of("time", "days since 2000-01-01", "standard", new double[0], new int[0],
                new int[0], new int[0], new int[0]);
        List<VariableInfo> vars = new java.util.ArrayList<>();
        for (int i = 0; i < variables; i++) {
            vars.add(VariableInfo.of("v" + i, List.of("time", "lat", "lon"), "float", ColumnType.FLOAT, Map.of()));
        }
        return new SourceDescription("f.nc", "test", time, List.of(Axis.of("lat", "", new double[nlat]),
                Axis.of("lon", "", new double[nlon])), vars, Map.of(), Map.of(), vars);
    }

    @Test
    void optionsThatFitAreKeptAsGiven() {
        MemoryBudget b = MemoryBudget.fit(new RunOptions(2, 4, 8 * MB), grid(73, 144, 2), 1, 0, 256 * MB);
        assertThat(b).isEqualTo(new MemoryBudget(2, 4, 8 * MB, null));
    }

    @Test
    void manyWorkersOnASmallHeapAreCutToWhatFits() {
        // 32 workers, 64 chunks of 8 MiB blocks would need over 1 GB; half of 256 MB is usable
        MemoryBudget b = MemoryBudget.fit(new RunOptions(32, 64, 8 * MB), grid(73, 144, 2), 1, 0, 256 * MB);
        long perChunk = 2 * b.maxBatchBytes() + 73 * 144 * 2 * 16L + MB;
        assertThat((long) b.chunksInFlight() * perChunk).isLessThanOrEqualTo(128 * MB);
        assertThat(b.parallelism()).isLessThanOrEqualTo(b.chunksInFlight()).isPositive();
        assertThat(b.note()).contains("to fit a heap of 256 MB (asked for 32 workers)");
    }

    @Test
    void aLargeGridGetsSmallerBlocksButAtLeastOneTimeStep() {
        // 1440 x 720 x 3 variables: one step of doubles is 24.9 MB; accumulators 49.8 MB
        MemoryBudget b = MemoryBudget.fit(new RunOptions(8, 16, 64 * MB), grid(720, 1440, 3), 1, 4, 512 * MB);
        assertThat(b.maxBatchBytes()).isEqualTo(720L * 1440 * 3 * 8);
        assertThat(b.chunksInFlight()).isEqualTo(1);
        assertThat(b.parallelism()).isEqualTo(1);
    }
}
