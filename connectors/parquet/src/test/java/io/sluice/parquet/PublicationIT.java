package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.run.RunFailedException;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the target looks like before, during and after a run: old output replaced whole, or kept on failure. */
class PublicationIT {
    @TempDir
    Path dir;

    private static Table rows(String half, long... ids) {
        return Table.of(ids.length, List.of(Column.constant("half", ColumnType.STRING, half),
                Column.ofLongs("id", ColumnType.LONG, ids, null, Map.of())));
    }

    private List<String> entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewPartitionedRunReplacesTheWholeOldTree() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "half"), dir, rows("old", 1), rows("first", 2));
        Fixtures.write(ParquetSink.partitioned("out", "half"), dir, rows("first", 3), rows("second", 4));
        assertThat(Trees.files(dir.resolve("out"))).extracting(Path::toString).containsExactly(
                "half=first/part-00000.parquet", "half=second/part-00000.parquet");
        assertThat(entries(dir)).containsExactly("out");
        assertThat(Duck.rows("SELECT half, id FROM read_parquet(" + Duck.literal(dir.resolve("out/**/*.parquet"))
                + ", hive_partitioning = true) ORDER BY id")).containsExactly(List.of("first", 3L),
                List.of("second", 4L));
    }

    @Test
    void nothingAppearsAtTheTargetUntilTheCommit() throws Exception {
        SinkSession session = Fixtures.sink(ParquetSink.at("out.parquet"), dir).begin();
        try (PartWriter w = session.part(0)) {
            w.write(rows("a", 1, 2));
        }
        assertThat(dir.resolve("out.parquet")).doesNotExist();
        session.abort();
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void overwriteFalseRefusesAnExistingTargetBeforeReadingAnything() throws Exception {
        Files.writeString(dir.resolve("out.parquet"), "old");
        Config sink = ParquetSink.at("out.parquet").with("overwrite", false);
        assertThatThrownBy(() -> Fixtures.sink(sink, dir).begin()).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("already exists and overwrite is false");
        assertThat(Files.readString(dir.resolve("out.parquet"))).isEqualTo("old");
    }

    @Test
    void partsWithDifferentColumnsAreRefusedAtCommitAndTheOldFileStays() throws Exception {
        Files.writeString(dir.resolve("out.parquet"), "old");
        SinkSession session = Fixtures.sink(ParquetSink.at("out.parquet"), dir).begin();
        try (PartWriter w = session.part(0)) {
            w.write(rows("a", 1));
        }
        try (PartWriter w = session.part(1)) {
            w.write(Table.of(1, List.of(Column.ofStrings("half", new String[] {"b"}, Map.of()),
                    Column.ofDoubles("id", new double[] {2}, null, Map.of()))));
        }
        assertThatThrownBy(session::commit).hasMessageContaining("part 1 has columns [half STRING, id DOUBLE] but"
                + " the first part has [half STRING, id LONG]");
        session.abort();
        assertThat(Files.readString(dir.resolve("out.parquet"))).isEqualTo("old");
        assertThat(entries(dir)).containsExactly("out.parquet");
    }

    @Test
    void aPartitionColumnThatIsNotInTheOutputFailsTheRunNamingTheColumns() {
        assertThatThrownBy(() -> Runs.run(dir, 2, Runs.fakeTable(), Runs.parts(),
                ParquetSink.partitioned("out", "halff")))
                .isInstanceOf(RunFailedException.class)
                .hasMessageContaining("partition-by column 'halff' is not in the output; its columns are half, id, x");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTableWithoutRowsStillNamesItsColumns() throws Exception {
        Runs.run(dir, 1, Config.ofType("fake-table").with("parts", 0), Runs.parts(), ParquetSink.at("empty.parquet"));
        String file = "read_parquet(" + Duck.literal(dir.resolve("empty.parquet")) + ")";
        assertThat(Duck.types(file)).containsExactly("id BIGINT", "x DOUBLE");
        assertThat(Duck.rows("SELECT count(*) FROM " + file)).containsExactly(List.of(0L));
    }

    @Test
    void aRetriedPartReplacesEveryFileOfItsEarlierAttempt() throws Exception {
        SinkSession session = Fixtures.sink(ParquetSink.partitioned("out", "half"), dir).begin();
        try (PartWriter w = session.part(0)) {
            w.write(rows("a", 1));
            w.write(rows("b", 2));
        }
        try (PartWriter w = session.part(0)) {
            w.write(rows("a", 3));
        }
        session.commit();
        assertThat(Trees.files(dir.resolve("out"))).extracting(Path::toString)
                .containsExactly("half=a/part-00000.parquet");
        assertThat(Duck.rows("SELECT half, id FROM read_parquet(" + Duck.literal(dir.resolve("out/**/*.parquet"))
                + ", hive_partitioning = true)")).containsExactly(List.of("a", 3L));
        assertThat(entries(dir)).containsExactly("out");
    }

    @Test
    void aPartitionValueThatLooksLikeAPathStaysOneDirectoryInsideTheTree() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "half"), dir, rows("../../escape", 1), rows("..", 2));
        assertThat(Trees.files(dir.resolve("out"))).extracting(Path::toString).containsExactly(
                "half=..%2F..%2Fescape/part-00000.parquet", "half=../part-00000.parquet");
        assertThat(entries(dir)).containsExactly("out");
    }

    @Test
    void aTreeARunLeftAsideWhenItStoppedBetweenTheTwoRenamesIsPutBackAtTheNextStart() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "half"), dir, rows("old", 1));
        Files.move(dir.resolve("out"), dir.resolve(".out.sluice-replaced"));
        Fixtures.sink(ParquetSink.partitioned("out", "half"), dir).begin().abort();
        assertThat(Trees.files(dir.resolve("out"))).extracting(Path::toString)
                .containsExactly("half=old/part-00000.parquet");
        assertThat(entries(dir)).containsExactly("out");
    }
}
