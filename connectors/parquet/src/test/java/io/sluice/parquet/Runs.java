package io.sluice.parquet;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import java.nio.file.Path;

/** Runs small pipelines of the in-memory test plugins into Parquet. */
final class Runs {
    private Runs() {
    }

    static RunReport run(Path base, int parallelism, Config source, Config split, Config sink) {
        Pipeline p = Pipeline.builder("parquet-test").baseDirectory(base).source(source).split(split).sink(sink)
                .build();
        return new LocalRunner(RunOptions.defaults().withParallelism(parallelism)).run(p);
    }

    /** Six parts of 50 rows (ids 0..299), read 7 rows at a time, labelled half=first (parts 0-2) or second. */
    static Config fakeTable() {
        return Config.ofType("fake-table").with("parts", 6).with("rows", 50).with("block-rows", 7);
    }

    static Config parts() {
        return Config.ofType("fake-steps");
    }
}
