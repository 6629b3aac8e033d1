package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.plan.Chunk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RunListenerTest {

    /** Records every event as a line. */
    private static final class Recorder implements RunListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void runStarted(RunStart start) {
            events.add("start " + start.runId() + " " + start.chunks() + " " + start.parallelism());
        }

        @Override
        public void chunkStarted(Chunk chunk) {
            events.add("chunk " + chunk.key());
        }

        @Override
        public void chunkFinished(ChunkReport report) {
            events.add("done " + report.key() + " " + report.steps());
        }

        @Override
        public void runFinished(RunReport report) {
            events.add("finished " + report.runId());
        }

        @Override
        public void runFailed(String runId, RuntimeException failure) {
            events.add("failed " + runId);
        }
    }

    private static Pipeline pipeline(String sink, int steps, int failAt) {
        return Pipeline.builder("listened")
                .source(Config.ofType("fake-grid").with("steps", steps).with("fail-at", failAt))
                .split(Config.ofType("fake-steps").with("size", 3))
                .stage(Config.ofType("fake-sum"))
                .sink(Config.ofType("memory").with("name", sink)).build();
    }

    @Test
    void hearsTheStartEveryChunkAndTheEndUnderTheGivenRunId() {
        Recorder r = new Recorder();
        RunReport report = new LocalRunner(RunOptions.defaults().withParallelism(2).withRunId("20261125-120000-00abcd")
                .withListener(r)).run(pipeline("listened", 8, -1));
        // 8 steps in chunks of 3: c0 (0..2), c1 (3..5), c2 (6, 7)
        assertThat(r.events.get(0)).isEqualTo("start 20261125-120000-00abcd 3 2");
        assertThat(r.events).containsOnlyOnce("chunk c0", "chunk c1", "chunk c2", "done c0 3", "done c1 3", "done c2 2");
        assertThat(r.events.indexOf("done c1 3")).isGreaterThan(r.events.indexOf("chunk c1"));
        assertThat(r.events).last().isEqualTo("finished 20261125-120000-00abcd");
        assertThat(report.runId()).isEqualTo("20261125-120000-00abcd");
    }

    @Test
    void aFailedRunIsHeardOnceWithAGeneratedRunId() {
        Recorder r = new Recorder();
        assertThatThrownBy(() -> new LocalRunner(RunOptions.defaults().withParallelism(1).withListener(r))
                .run(pipeline("listened-failing", 9, 4))).isInstanceOf(RunFailedException.class);
        assertThat(r.events).filteredOn(e -> e.startsWith("failed ")).singleElement().asString()
                .matches("failed \\d{8}-\\d{6}-[0-9a-f]{6}");
        assertThat(r.events).noneMatch(e -> e.startsWith("finished") || e.startsWith("done c1"));
    }

    @Test
    void allTellsEachListenerEverythingInTheOrderGiven() {
        List<String> heard = new CopyOnWriteArrayList<>();
        RunListener first = new RunListener() {
            @Override
            public void chunkFinished(ChunkReport report) {
                heard.add("first " + report.key());
            }

            @Override
            public void runFinished(RunReport report) {
                heard.add("first finished");
            }
        };
        Recorder second = new Recorder();
        new LocalRunner(RunOptions.defaults().withParallelism(1).withRunId("20261125-120000-00abce")
                .withListener(RunListener.all(first, second))).run(pipeline("listened-twice", 4, -1));
        // 4 steps in chunks of 3: c0 (0..2), c1 (3)
        assertThat(heard).containsExactly("first c0", "first c1", "first finished");
        assertThat(second.events).containsExactly("start 20261125-120000-00abce 2 1", "chunk c0", "done c0 3",
                "chunk c1", "done c1 1", "finished 20261125-120000-00abce");
    }
}
