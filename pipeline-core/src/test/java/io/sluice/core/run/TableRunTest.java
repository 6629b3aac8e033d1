package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.fake.MemorySink;
import io.sluice.core.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRunTest {

    private static Pipeline pipeline(String sink, int parts, Config... stages) {
        Pipeline.Builder b = Pipeline.builder("tables")
                .source(Config.ofType("fake-table").with("parts", parts).with("rows", 5))
                .split(Config.ofType("fake-steps"))
                .sink(Config.ofType("memory").with("name", sink).with("header", false));
        for (Config s : stages) {
            b.stage(s);
        }
        return b.build();
    }

    private static RunReport run(int parallelism, Pipeline p) {
        return new LocalRunner(RunOptions.defaults().withParallelism(parallelism)).run(p);
    }

    @Test
    void tableRowsArriveInPartOrderWithTheirPartLabelsWhateverTheParallelism() {
        RunReport serial = run(1, pipeline("t1", 4));
        run(4, pipeline("t4", 4));
        List<String> rows = MemorySink.lines("t1");
        assertThat(MemorySink.lines("t4")).isEqualTo(rows);
        assertThat(rows).hasSize(20);
        // id 0 is a multiple of 7: x missing; parts 0 and 1 are the first half
        assertThat(rows.get(0)).isEqualTo("first,0.0,");
        assertThat(rows.get(3)).isEqualTo("first,3.0,1.5");
        assertThat(rows.get(19)).isEqualTo("second,19.0,9.5");
        assertThat(serial.rowsWritten()).isEqualTo(20);
        assertThat(serial.chunks()).extracting(ChunkReport::key)
                .containsExactly("part-00000", "part-00001", "part-00002", "part-00003");
        assertThat(serial.chunks()).extracting(ChunkReport::steps).containsOnly(5);
    }

    @Test
    void typedRowsKeepTheColumnTypes() {
        run(2, pipeline("typed", 1));
        assertThat(MemorySink.rows("typed").get(1)).containsEntry("half", "first").containsEntry("id", 1L)
                .containsEntry("x", 0.5);
    }

    @Test
    void aTableWithoutPartsWritesItsColumnsAndNoRows() {
        run(1, Pipeline.builder("empty").source(Config.ofType("fake-table").with("parts", 0))
                .split(Config.ofType("fake-steps")).sink(Config.ofType("memory").with("name", "none")).build());
        assertThat(MemorySink.lines("none")).containsExactly("id,x");
    }

    @Test
    void aStatisticOverATableIsAProblemNamingTheSource() {
        assertThatThrownBy(() -> run(1, pipeline("stat", 2, Config.ofType("fake-sum"))))
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessageContaining("needs a grid source with a time axis; fake.tbl is a table");
    }
}
