package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sluice reads files that parquet-mr's own Avro writer made, the writer most Java tools use. */
class SluiceReadsParquetMrIT {
    static final int ROWS = 3000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"SNAPPY", "ZSTD", "GZIP", "LZ4_RAW", "UNCOMPRESSED"})
    void valuesWrittenByTheAvroWriterReadBack(String codec) throws Exception {
        Schema millis = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        Schema date = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        Schema schema = SchemaBuilder.record("obs").fields()
                .requiredLong("id")
                .optionalDouble("x")
                .requiredFloat("f")
                .optionalString("s")
                .requiredBoolean("ok")
                .requiredInt("n")
                .name("day").type(date).noDefault()
                .name("at").type(millis).noDefault()
                .endRecord();
        Path file = dir.resolve("mr.parquet");
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withSchema(schema)
                .withCompressionCodec(CompressionCodecName.valueOf(codec)).withRowGroupSize(16 * 1024L)
                .withPageSize(1024).build()) {
            for (int i = 0; i < ROWS; i++) {
                GenericRecord r = new GenericData.Record(schema);
                r.put("id", (long) i);
                r.put("x", i % 5 == 0 ? null : i * 0.25);
                r.put("f", i / 8f);
                r.put("s", i % 3 == 0 ? null : "s" + i % 17);
                r.put("ok", i % 4 == 1);
                r.put("n", -i);
                r.put("day", 18_000 + i);
                r.put("at", 1_000_000_000_000L + i * 1500L);
                w.write(r);
            }
        }

        List<Map<String, Object>> rows = Fixtures.read(ParquetSource.at("mr.parquet"), dir, 2048);

        assertThat(rows).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("id", (long) i);
            expected.put("x", i % 5 == 0 ? null : i * 0.25);
            expected.put("f", (double) (i / 8f));
            expected.put("s", i % 3 == 0 ? null : "s" + i % 17);
            expected.put("ok", i % 4 == 1 ? 1L : 0L);
            expected.put("n", (long) -i);
            expected.put("day", 18_000L + i);
            expected.put("at", (1_000_000_000_000L + i * 1500L) * 1000L);
            assertThat(rows.get(i)).isEqualTo(expected);
        }
    }
}
