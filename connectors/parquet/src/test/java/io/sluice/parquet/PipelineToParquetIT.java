package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.run.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs of the test plugins into Parquet, checked by DuckDB. */
class PipelineToParquetIT {
    @TempDir
    Path dir;

    @Test
    void aTableSourceBecomesOneFileWithItsRowsInPartOrderAndItsLabels() throws Exception {
        RunReport report = Runs.run(dir, 3, Runs.fakeTable(), Runs.parts(), ParquetSink.at("out/table.parquet"));
        assertThat(report.rowsWritten()).isEqualTo(300);
        String file = "read_parquet(" + Duck.literal(dir.resolve("out/table.parquet")) + ")";
        assertThat(Duck.types(file)).containsExactly("half VARCHAR", "id BIGINT", "x DOUBLE");
        List<List<Object>> rows = Duck.rows("SELECT half, id, x FROM " + file);
        assertThat(rows).hasSize(300);
        for (int id = 0; id < 300; id++) {
            assertThat(rows.get(id)).containsExactly(id < 150 ? "first" : "second", (long) id,
                    id % 7 == 0 ? null : id / 2.0);
        }
        assertThat(Duck.rows("SELECT count(*) FROM parquet_metadata(" + Duck.literal(dir.resolve(
                "out/table.parquet")) + ") WHERE path_in_schema = 'id'")).containsExactly(List.of(6L));
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("table.parquet");
        }
    }

    @Test
    void oneWorkerOrFourWriteTheSameBytes() throws Exception {
        Runs.run(dir, 1, Runs.fakeTable(), Runs.parts(), ParquetSink.at("one.parquet"));
        Runs.run(dir, 4, Runs.fakeTable(), Runs.parts(), ParquetSink.at("four.parquet"));
        assertThat(Files.mismatch(dir.resolve("one.parquet"), dir.resolve("four.parquet"))).isEqualTo(-1L);

        Runs.run(dir, 1, Runs.fakeTable(), Runs.parts(), ParquetSink.partitioned("one", "half"));
        Runs.run(dir, 4, Runs.fakeTable(), Runs.parts(), ParquetSink.partitioned("four", "half"));
        List<Path> one = Trees.files(dir.resolve("one"));
        assertThat(Trees.files(dir.resolve("four"))).isEqualTo(one);
        for (Path p : one) {
            assertThat(Files.mismatch(dir.resolve("one").resolve(p), dir.resolve("four").resolve(p))).isEqualTo(-1L);
        }
    }

    @Test
    void partitionedOutputIsReadByDuckDbWithHivePartitioning() throws Exception {
        Runs.run(dir, 2, Runs.fakeTable(), Runs.parts(), ParquetSink.partitioned("out/table", "half"));
        Path root = dir.resolve("out/table");
        assertThat(Trees.files(root)).extracting(Path::toString).containsExactly(
                "half=first/part-00000.parquet", "half=first/part-00001.parquet", "half=first/part-00002.parquet",
                "half=second/part-00000.parquet", "half=second/part-00001.parquet",
                "half=second/part-00002.parquet");
        String glob = Duck.literal(root.resolve("**/*.parquet"));
        assertThat(Duck.types("read_parquet(" + glob + ", hive_partitioning = false)"))
                .containsExactly("id BIGINT", "x DOUBLE");
        assertThat(Duck.rows("SELECT half, count(*), min(id), max(id), sum(x) FROM read_parquet(" + glob
                + ", hive_partitioning = true) GROUP BY half ORDER BY half")).containsExactly(
                List.of("first", 150L, 0L, 149L, sumOfHalves(0, 150)),
                List.of("second", 150L, 150L, 299L, sumOfHalves(150, 300)));
    }

    @Test
    void aGridSourceIsFlattenedIntoRowsWithItsUnits() throws Exception {
        Runs.run(dir, 2, Config.ofType("fake-grid").with("steps", 10), Config.ofType("fake-steps"),
                ParquetSink.at("grid.parquet"));
        String file = "read_parquet(" + Duck.literal(dir.resolve("grid.parquet")) + ")";
        assertThat(Duck.types(file)).containsExactly("parity VARCHAR", "time VARCHAR", "lat DOUBLE", "lon DOUBLE",
                "v FLOAT");
        List<List<Object>> rows = Duck.rows("SELECT parity, time, lat, lon, v FROM " + file);
        assertThat(rows).hasSize(60);
        double[] lats = {-10, 10};
        double[] lons = {0, 120, 240};
        for (int step = 0; step < 10; step++) {
            for (int cell = 0; cell < 6; cell++) {
                assertThat(rows.get(step * 6 + cell)).containsExactly(step / 3 % 2 == 0 ? "even" : "odd",
                        String.format("2001-01-%02d", step + 1), lats[cell / 3], lons[cell % 3],
                        (float) (step * 10 + cell));
            }
        }
        assertThat(Duck.rows("SELECT decode(value) FROM parquet_kv_metadata(" + Duck.literal(dir.resolve(
                "grid.parquet")) + ") WHERE decode(key) IN ('sluice.column.v.units', 'sluice.column.lat.units',"
                + " 'sluice.column.time.calendar') ORDER BY decode(key)"))
                .containsExactly(List.of("degrees_north"), List.of("360_day"), List.of("K"));
    }

    /** Sum of id / 2 over ids [from, to) that are not multiples of 7 (those are missing). */
    private static double sumOfHalves(int from, int to) {
        double sum = 0;
        for (int id = from; id < to; id++) {
            sum += id % 7 == 0 ? 0 : id / 2.0;
        }
        return sum;
    }
}
