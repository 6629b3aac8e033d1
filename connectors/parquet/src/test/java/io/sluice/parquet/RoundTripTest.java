package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zstd", "snappy", "gzip", "lz4_raw", "none"})
    void everyTypeWithNullsReadsBackAsWrittenWithEveryCodec(String codec) throws Exception {
        Config sink = ParquetSink.at("all.parquet").with("codec", codec);
        Fixtures.write(sink, dir, TypedTables.all(), TypedTables.all());

        List<Map<String, Object>> rows = Fixtures.read(ParquetSource.at("all.parquet"), dir, 1 << 20);

        assertThat(rows).hasSize(2 * TypedTables.ROWS);
        for (int r = 0; r < rows.size(); r++) {
            int k = r % TypedTables.ROWS;
            Map<String, Object> row = rows.get(r);
            assertThat(row.get("s")).isEqualTo(TypedTables.S[k]);
            assertThat(row.get("b")).isEqualTo(k == 2 ? null : TypedTables.B[k] ? 1L : 0L);
            assertThat(row.get("i")).isEqualTo(k == 3 ? null : (long) TypedTables.I[k]);
            assertThat(row.get("l")).isEqualTo(k == 4 ? null : TypedTables.L[k]);
            assertThat(row.get("f")).isEqualTo(k == 4 ? null : (double) TypedTables.F[k]);
            assertThat(row.get("d")).isEqualTo(k == 4 ? null : TypedTables.D[k]);
            assertThat(row.get("dt")).isEqualTo(k == 3 ? null : LocalDate.parse(TypedTables.DT[k]).toEpochDay());
            assertThat(row.get("ts")).isEqualTo(k == 4 ? null : TypedTables.micros(TypedTables.TS[k]));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 64, 1 << 20})
    void smallBatchesReadTheSameRows(int maxBatchBytes) throws Exception {
        Fixtures.write(ParquetSink.at("all.parquet"), dir, TypedTables.all(), TypedTables.all(), TypedTables.all());
        assertThat(Fixtures.read(ParquetSource.at("all.parquet"), dir, maxBatchBytes))
                .isEqualTo(Fixtures.read(ParquetSource.at("all.parquet"), dir, 1 << 30))
                .hasSize(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void typesTextAndAttributesSurviveTheRoundTrip(String dictionary) throws Exception {
        Fixtures.write(ParquetSink.at("all.parquet").with("dictionary", Boolean.valueOf(dictionary)), dir,
                TypedTables.all());
        try (Source source = Fixtures.source(ParquetSource.at("all.parquet"), dir)) {
            SourceDescription d = source.describe();
            assertThat(d.isTable()).isTrue();
            assertThat(d.variables()).extracting(VariableInfo::valueType).containsExactly(ColumnType.STRING,
                    ColumnType.BOOLEAN, ColumnType.INT, ColumnType.LONG, ColumnType.FLOAT, ColumnType.DOUBLE,
                    ColumnType.DATE, ColumnType.TIMESTAMP);
            assertThat(d.variables()).extracting(VariableInfo::storedType).containsExactly("BINARY STRING",
                    "BOOLEAN", "INT32", "INT64", "FLOAT", "DOUBLE", "INT32 DATE", "INT64 TIMESTAMP(MICROS,true)");
            assertThat(d.variables().get(4).attributes()).isEqualTo(Map.of("units", "K"));
            assertThat(d.variables().get(5).attributes())
                    .isEqualTo(Map.of("units", "m s-1", "standard_name", "wind_speed"));
            assertThat(d.variables().get(0).attributes()).isEqualTo(Map.of("long_name", "text"));
            assertThat(d.parts()).hasSize(1);
            assertThat(d.estimatedRows()).isEqualTo(5);
        }
    }
}
