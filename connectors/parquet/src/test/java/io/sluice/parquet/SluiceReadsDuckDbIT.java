package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Source;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sluice reads files DuckDB wrote, with every codec both support. Row {@code i} (0..4999) holds values defined by
 * the SQL below, so the expected values are computed from {@code i} by hand, not by Sluice.
 */
class SluiceReadsDuckDbIT {
    static final int ROWS = 5000;
    static final long MICROS_2000 = 946_684_800_000_000L;

    @TempDir
    Path dir;

    static Path writeWithDuckDb(Path file, String codec) throws Exception {
        Duck.execute("COPY (SELECT"
                + " i::BIGINT AS id,"
                + " (i % 100)::SMALLINT AS small,"
                + " CASE WHEN i % 7 = 0 THEN NULL ELSE i / 4 END::DOUBLE AS x,"
                + " (i * 0.5)::FLOAT AS f,"
                + " CASE WHEN i % 11 = 0 THEN NULL ELSE 'station-' || (i % 13) END AS s,"
                + " i % 2 = 0 AS even,"
                + " DATE '2000-01-01' + i::INTEGER AS day,"
                + " TIMESTAMP '2000-01-01' + i * INTERVAL 1 SECOND AS ts,"
                + " (TIMESTAMP '2000-01-01' + i * INTERVAL 1 SECOND)::TIMESTAMP_MS AS ts_ms,"
                + " (TIMESTAMP '2000-01-01' + i * INTERVAL 1 SECOND)::TIMESTAMP_NS AS ts_ns,"
                + " (i / 100)::DECIMAL(9,2) AS dec9,"
                + " (i / 1000)::DECIMAL(18,3) AS dec18,"
                + " (i / 10000)::DECIMAL(38,4) AS dec38,"
                + " (i % 256)::UTINYINT AS u8,"
                + " (4000000000 + i)::UINTEGER AS u32"
                + " FROM range(0, " + ROWS + ") r(i))"
                + " TO " + Duck.literal(file) + " (FORMAT parquet, COMPRESSION " + codec + ", ROW_GROUP_SIZE 1024)");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"snappy", "zstd", "gzip", "lz4_raw", "uncompressed"})
    void everyValueOfADuckDbFileReadsAsDuckDbWroteIt(String codec) throws Exception {
        writeWithDuckDb(dir.resolve("duck.parquet"), codec);
        List<Map<String, Object>> rows = Fixtures.read(ParquetSource.at("duck.parquet"), dir, 4096);
        assertThat(rows).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> row = rows.get(i);
            assertThat(row.get("id")).isEqualTo((long) i);
            assertThat(row.get("small")).isEqualTo((long) (i % 100));
            assertThat(row.get("x")).isEqualTo(i % 7 == 0 ? null : i / 4.0);
            assertThat(row.get("f")).isEqualTo(i * 0.5);
            assertThat(row.get("s")).isEqualTo(i % 11 == 0 ? null : "station-" + i % 13);
            assertThat(row.get("even")).isEqualTo(i % 2 == 0 ? 1L : 0L);
            assertThat(row.get("day")).isEqualTo(10_957L + i);
            assertThat(row.get("ts")).isEqualTo(MICROS_2000 + i * 1_000_000L);
            assertThat(row.get("ts_ms")).isEqualTo(MICROS_2000 + i * 1_000_000L);
            assertThat(row.get("ts_ns")).isEqualTo(MICROS_2000 + i * 1_000_000L);
            assertThat(row.get("dec9")).isEqualTo(BigDecimal.valueOf(i, 2).doubleValue());
            assertThat(row.get("dec18")).isEqualTo(BigDecimal.valueOf(i, 3).doubleValue());
            assertThat(row.get("dec38")).isEqualTo(BigDecimal.valueOf(i, 4).doubleValue());
            assertThat(row.get("u8")).isEqualTo((long) (i % 256));
            assertThat(row.get("u32")).isEqualTo(4_000_000_000L + i);
        }
    }

    @Test
    void duckDbTypesMapToSluiceTypesAndRowGroupsToParts() throws Exception {
        writeWithDuckDb(dir.resolve("duck.parquet"), "zstd");
        try (Source source = Fixtures.source(ParquetSource.at("duck.parquet"), dir)) {
            SourceDescription d = source.describe();
            assertThat(d.variables()).extracting(v -> v.name() + " " + v.valueType()).containsExactly(
                    "id LONG", "small INT", "x DOUBLE", "f FLOAT", "s STRING", "even BOOLEAN", "day DATE",
                    "ts TIMESTAMP", "ts_ms TIMESTAMP", "ts_ns TIMESTAMP", "dec9 DOUBLE", "dec18 DOUBLE",
                    "dec38 DOUBLE", "u8 INT", "u32 LONG");
            assertThat(d.parts()).hasSizeGreaterThan(1);
            assertThat(d.estimatedRows()).isEqualTo(ROWS);
            assertThat(d.variables()).extracting(VariableInfo::valueType).doesNotContainNull();
            assertThat(d.variables().get(12).storedType()).startsWith("FIXED_LEN_BYTE_ARRAY DECIMAL(38,4)");
        }
    }

    @Test
    void aBrotliFileFailsNamingTheFileAndTheCodec() throws Exception {
        writeWithDuckDb(dir.resolve("brotli.parquet"), "brotli");
        assertThatThrownBy(() -> Fixtures.read(ParquetSource.at("brotli.parquet"), dir, 1 << 20))
                .hasMessage(dir.resolve("brotli.parquet") + ": column 'id' is compressed with BROTLI, which Sluice"
                        + " cannot read; it reads [UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW]");
    }

    @Test
    void decimalsReadAsExactTextWhenAsked() throws Exception {
        writeWithDuckDb(dir.resolve("duck.parquet"), "snappy");
        List<Map<String, Object>> rows = Fixtures.read(ParquetSource.at("duck.parquet", "dec9", "dec18", "dec38")
                .with("decimal", "string"), dir, 1 << 20);
        assertThat(rows.get(1234)).containsExactly(Map.entry("dec9", "12.34"), Map.entry("dec18", "1.234"),
                Map.entry("dec38", "0.1234"));
        try (Source source = Fixtures.source(ParquetSource.at("duck.parquet", "dec9").with("decimal", "string"),
                dir)) {
            assertThat(source.describe().variables().get(0).valueType()).isEqualTo(ColumnType.STRING);
        }
    }
}
