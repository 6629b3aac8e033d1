package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.fake.FakeGridSource;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRunnerTest {

    private static Pipeline pipeline(String sink, int steps, int failAt, Config... stages) {
        Pipeline.Builder b = Pipeline.builder("test")
                .source(Config.ofType("fake-grid").with("steps", steps).with("fail-at", failAt))
                .split(Config.ofType("fake-steps").with("size", 3))
                .sink(Config.ofType("memory").with("name", sink));
        for (Config s : stages) {
            b.stage(s);
        }
        return b.build();
    }

    private static RunReport run(int parallelism, Pipeline p) {
        return new LocalRunner(RunOptions.defaults().withParallelism(parallelism)).run(p);
    }

    @Test
    void stitchedOutputIsIdenticalWhateverTheParallelism() {
        run(1, pipeline("p1", 40, -1, Config.ofType("fake-sum")));
        RunReport report = run(4, pipeline("p4", 40, -1, Config.ofType("fake-sum")));
        List<String> serial = MemorySink.COMMITTED.get("p1");
        assertThat(MemorySink.COMMITTED.get("p4")).isEqualTo(serial);
        assertThat(report.chunks()).hasSize(14);
        assertThat(report.chunks()).extracting(ChunkReport::key).startsWith("c0", "c1", "c2");
        assertThat(report.rowsWritten()).isEqualTo(14 * 6);
        // chunk c0 holds steps 0, 1, 2; cell 0 of step s is s * 10
        assertThat(serial.get(0)).isEqualTo("parity,lat,lon,v,count,complete");
        assertThat(serial.get(1)).isEqualTo("even,-10.0,0.0,30.0,3,true");
        // last chunk c13 holds only step 39: cell 5 = 395, and it is the one incomplete chunk
        assertThat(serial.get(serial.size() - 1)).isEqualTo("odd,10.0,240.0,395.0,1,false");
        assertThat(report.incompleteChunks()).extracting(ChunkReport::key).containsExactly("c13");
    }

    @Test
    void groupingPoolsChunksWithTheSameLabelInCanonicalOrder() {
        run(2, pipeline("grouped", 12, -1, Config.ofType("fake-sum").with("group-by", "parity")));
        List<String> out = MemorySink.COMMITTED.get("grouped");
        // even = chunks 0 and 2 = steps 0,1,2,6,7,8; cell 0 sum = 10 * (0+1+2+6+7+8) = 240
        assertThat(out).contains("parity,lat,lon,v,count", "even,-10.0,0.0,240.0,6");
        // odd = steps 3,4,5,9,10,11; cell 5 = 10 * 42 + 6 * 5 = 450
        assertThat(out.get(out.size() - 1)).isEqualTo("odd,10.0,240.0,450.0,6");
        assertThat(out).hasSize(2 * 7);
    }

    @Test
    void noMoreChunksAreInFlightThanAllowed() {
        FakeGridSource.MAX_OPEN.set(0);
        new LocalRunner(new RunOptions(4, 2, 1 << 20)).run(pipeline("bounded", 300, -1, Config.ofType("fake-sum")));
        assertThat(FakeGridSource.MAX_OPEN.get()).isBetween(1, 2);
    }

    @Test
    void aFailingChunkFailsTheRunNamingFileAndChunkAndPublishesNothing() {
        assertThatThrownBy(() -> run(2, pipeline("failing", 30, 7, Config.ofType("fake-sum"))))
                .isInstanceOf(RunFailedException.class)
                .hasMessage("fake.nc chunk c2 (time 6..8): read failed: unexpected end of file at step 7");
        assertThat(MemorySink.COMMITTED).doesNotContainKey("failing");
        assertThat(MemorySink.ABORTED).contains("failing");
    }

    @Test
    void withoutStatisticsEveryCellIsWrittenWithItsTime() {
        run(2, pipeline("cells", 4, -1));
        List<String> out = MemorySink.COMMITTED.get("cells");
        assertThat(out.get(0)).isEqualTo("parity,time,lat,lon,v");
        assertThat(out.get(1)).isEqualTo("even,2001-01-01,-10.0,0.0,0.0");
        assertThat(out).contains("odd,2001-01-04,10.0,240.0,35.0");
    }

    @Test
    void aSourceWithoutTimeStepsStillGetsItsColumnNames() {
        run(1, pipeline("empty-stats", 0, -1, Config.ofType("fake-sum")));
        assertThat(MemorySink.COMMITTED.get("empty-stats")).containsExactly("parity,lat,lon,v,count,complete");
        run(1, pipeline("empty-grouped", 0, -1, Config.ofType("fake-sum").with("group-by", "parity")));
        assertThat(MemorySink.COMMITTED.get("empty-grouped")).containsExactly("parity,lat,lon,v,count");
        run(1, pipeline("empty-cells", 0, -1));
        assertThat(MemorySink.COMMITTED.get("empty-cells")).containsExactly("parity,time,lat,lon,v");
    }

    @Test
    void everyInvalidSettingIsReportedTogether() {
        Pipeline p = Pipeline.builder("bad")
                .source(Config.ofType("fake-grd"))
                .split(Config.ofType("fake-steps").with("size", 0))
                .stage(Config.ofType("fake-sum").with("group-by", "parity"))
                .stage(Config.ofType("fake-sum"))
                .sink(Config.ofType("memory"))
                .build();
        assertThatThrownBy(() -> run(1, p)).isInstanceOfSatisfying(PipelineInvalidException.class, e ->
                assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                        "java dsl: source.type: unknown source type 'fake-grd'; expected one of fake-grid, fake-table."
                                + " Did you mean 'fake-grid'?",
                        "java dsl: split.size: 0 is out of range; expected 1 to 1000",
                        "java dsl: stages[1].group-by: every statistic of a pipeline must group the same way;"
                                + " an earlier stage has group-by parity",
                        "java dsl: stages[1].type: statistic 'sum' is already computed by an earlier stage",
                        "java dsl: sink.name: is required"));
    }

    @Test
    void groupingByALabelTheSplitDoesNotMakeIsAProblem() {
        Pipeline p = pipeline("nolabel", 6, -1, Config.ofType("fake-sum").with("group-by", "season"));
        assertThatThrownBy(() -> run(1, p)).isInstanceOf(PipelineInvalidException.class)
                .hasMessage("java dsl: stages[0].group-by: 'season' is not a label of this split; labels: parity");
    }
}
