package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DuckDB, an independent Parquet implementation, reads what Sluice writes: same types, values and metadata. */
class DuckDbReadsSluiceIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zstd", "snappy", "gzip", "lz4_raw", "none"})
    void duckDbReadsEveryTypeAndNullAsWritten(String codec) throws Exception {
        Fixtures.write(ParquetSink.at("all.parquet").with("codec", codec), dir, TypedTables.all(),
                TypedTables.all());
        String file = "read_parquet(" + Duck.literal(dir.resolve("all.parquet")) + ")";

        assertThat(Duck.types(file)).containsExactly("s VARCHAR", "b BOOLEAN", "i INTEGER", "l BIGINT", "f FLOAT",
                "d DOUBLE", "dt DATE", "ts TIMESTAMP WITH TIME ZONE");
        List<List<Object>> rows = Duck.rows("SELECT s, b, i, l, f, d, CAST(dt AS VARCHAR), epoch_us(ts) FROM " + file);
        assertThat(rows).hasSize(10);
        for (int r = 0; r < rows.size(); r++) {
            int k = r % TypedTables.ROWS;
            List<Object> row = rows.get(r);
            assertThat(row.get(0)).isEqualTo(TypedTables.S[k]);
            assertThat(row.get(1)).isEqualTo(k == 2 ? null : TypedTables.B[k]);
            assertThat(row.get(2)).isEqualTo(k == 3 ? null : TypedTables.I[k]);
            assertThat(row.get(3)).isEqualTo(k == 4 ? null : TypedTables.L[k]);
            assertThat(row.get(4)).isEqualTo(k == 4 ? null : TypedTables.F[k]);
            assertThat(row.get(5)).isEqualTo(k == 4 ? null : TypedTables.D[k]);
            assertThat(row.get(6)).isEqualTo(TypedTables.DT[k]);
            assertThat(row.get(7)).isEqualTo(k == 4 ? null : TypedTables.micros(TypedTables.TS[k]));
        }
    }

    @Test
    void columnAttributesAndProvenanceAreInTheKeyValueMetadata() throws Exception {
        Fixtures.write(ParquetSink.at("all.parquet"), dir, TypedTables.all());
        List<List<Object>> kv = Duck.rows("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
                + Duck.literal(dir.resolve("all.parquet")) + ") ORDER BY 1");
        assertThat(kv).contains(List.of("sluice.column.f.units", "K"), List.of("sluice.column.d.units", "m s-1"),
                List.of("sluice.column.d.standard_name", "wind_speed"));
        String summary = kv.stream().filter(r -> r.get(0).equals("sluice.metadata")).map(r -> (String) r.get(1))
                .findFirst().orElseThrow();
        assertThat(summary).startsWith("{\"format\":1,\"pipeline\":\"java dsl\",\"partition_by\":[],\"columns\":")
                .contains("\"ts\":{\"type\":\"TIMESTAMP\",\"attributes\":{}}")
                .contains("\"f\":{\"type\":\"FLOAT\",\"attributes\":{\"units\":\"K\"}}");
    }
}
