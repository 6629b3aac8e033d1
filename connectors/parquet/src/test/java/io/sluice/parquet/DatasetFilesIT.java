package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source made of several files: a glob or a directory, read in path order; the files must agree. */
class DatasetFilesIT {
    @TempDir
    Path dir;

    private static Table ids(long... values) {
        return Table.of(values.length, List.of(Column.ofLongs("id", ColumnType.LONG, values, null, Map.of())));
    }

    private List<Object> idsOf(String path) throws Exception {
        return Fixtures.read(ParquetSource.at(path), dir, 1 << 20).stream().map(r -> r.get("id")).toList();
    }

    @Test
    void aGlobAndADirectoryReadTheirFilesInPathOrder() throws Exception {
        Fixtures.write(ParquetSink.at("many/b.parquet"), dir, ids(3, 4));
        Fixtures.write(ParquetSink.at("many/a.parquet"), dir, ids(1, 2));
        Fixtures.write(ParquetSink.at("many/sub/c.parquet"), dir, ids(5));
        Files.writeString(dir.resolve("many/_SUCCESS"), "");
        Files.writeString(dir.resolve("many/notes.txt"), "not data");
        Files.createDirectories(dir.resolve("many/.hidden"));
        Files.copy(dir.resolve("many/a.parquet"), dir.resolve("many/.hidden/x.parquet"));

        assertThat(idsOf("many/*.parquet")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(idsOf("many/**.parquet")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(idsOf("many")).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aFileWhoseColumnDiffersIsNamed() throws Exception {
        Fixtures.write(ParquetSink.at("many/a.parquet"), dir, ids(1));
        Fixtures.write(ParquetSink.at("many/b.parquet"), dir, Table.of(1, List.of(Column.ofDoubles("id",
                new double[] {2}, null, Map.of()))));
        assertThatThrownBy(() -> idsOf("many")).hasMessage(dir.resolve("many/b.parquet") + ": column 'id' is DOUBLE"
                + " but INT64 in the first file; every file of the source must store a column alike");
    }

    @Test
    void aGlobMatchingNothingIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> idsOf("empty/*.parquet"))
                .hasMessage(dir.resolve("empty") + ": no Parquet files match empty/*.parquet");
    }
}
