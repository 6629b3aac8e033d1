package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.spi.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partition values that look like paths stay inside the output, escaped as Hive escapes them. */
class PartitionPathIT {
    static final String[] STATIONS = {"..", "a/b", "x\u0000y", "50%", "", null, "plain", "k=v", "..", "../../up"};

    @TempDir
    Path dir;

    private static Table stations() {
        long[] ids = new long[STATIONS.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        return Table.of(ids.length, List.of(Column.ofStrings("station", STATIONS, Map.of()),
                Column.ofLongs("id", ColumnType.LONG, ids, null, Map.of())));
    }

    @Test
    void pathLikeValuesArePercentEncodedIntoOneDirectoryEach() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "station"), dir, stations());
        Path root = dir.resolve("out");
        // a new file whenever the value changes, numbered per directory in row order; '%' sorts before '/'
        assertThat(Trees.files(root)).extracting(Path::toString).containsExactly(
                "station=..%2F..%2Fup/part-00000.parquet",
                "station=../part-00000.parquet",
                "station=../part-00001.parquet",
                "station=50%25/part-00000.parquet",
                "station=__HIVE_DEFAULT_PARTITION__/part-00000.parquet",
                "station=a%2Fb/part-00000.parquet",
                "station=k%3Dv/part-00000.parquet",
                "station=plain/part-00000.parquet",
                "station=x%00y/part-00000.parquet");
        assertThat(Trees.files(dir)).allMatch(p -> p.startsWith("out"));
    }

    @Test
    void theSourceDecodesTheDirectoryNamesBackIntoLabels() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "station"), dir, stations());
        List<String> pairs = new ArrayList<>();
        for (Map<String, Object> row : Fixtures.read(ParquetSource.at("out"), dir, 1 << 20)) {
            pairs.add(row.get("id") + "=" + row.get("station"));
        }
        assertThat(pairs).containsExactlyInAnyOrder("0=..", "1=a/b", "2=x\u0000y",
                "3=50%", "4=", "5=", "6=plain", "7=k=v", "8=..", "9=../../up");
        try (Source source = Fixtures.source(ParquetSource.at("out"), dir)) {
            assertThat(source.describe().variables()).extracting(v -> v.name()).containsExactly("id");
            assertThat(source.describe().parts()).hasSize(9);
        }
    }

    @Test
    void duckDbDecodesTheSameValues() throws Exception {
        Fixtures.write(ParquetSink.partitioned("out", "station"), dir, stations());
        assertThat(Duck.rows("SELECT id, station FROM read_parquet(" + Duck.literal(dir.resolve("out/**/*.parquet"))
                + ", hive_partitioning = true) WHERE id IN (1, 3, 7, 9) ORDER BY id")).containsExactly(
                List.of(1L, "a/b"), List.of(3L, "50%"), List.of(7L, "k=v"), List.of(9L, "../../up"));
    }
}
