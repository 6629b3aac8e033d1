package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.Batch;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import io.sluice.core.spi.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write (and read) throughput of {@code rows} rows (default 10 M) of (id LONG, x DOUBLE, y DOUBLE, f FLOAT,
 * s STRING "station-(id % 1000)"), zstd: the Parquet sink with 1 and 2 writer threads ({@code -Dparts} parts,
 * default 16, merged at commit), parquet-mr's Avro writer (one GenericRecord per row) and DuckDB's COPY, in the same run. Tagged
 * {@code large}; run with
 * <pre>
 * ./mvnw -pl pipeline-core,connectors/parquet verify -Dsluice.excludedGroups=none -Dgroups=large \
 *     -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WriteBenchmarkIT -Drows=10000000
 * </pre>
 */
@Tag("large")
class WriteBenchmarkIT {
    static final long ROWS = Long.getLong("rows", 10_000_000L);
    static final int PARTS = Integer.getInteger("parts", 16);
    static final int BLOCK = 1 << 16;
    static final String[] STATIONS = new String[1000];

    static {
        for (int i = 0; i < STATIONS.length; i++) {
            STATIONS[i] = "station-" + i;
        }
    }

    @TempDir
    Path dir;

    static Table block(long first, int n) {
        long[] id = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        float[] f = new float[n];
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            long v = first + i;
            id[i] = v;
            x[i] = v / 3.0;
            y[i] = Math.sin(v);
            f[i] = v * 0.5f;
            s[i] = STATIONS[(int) (v % 1000)];
        }
        return Table.of(n, List.of(Column.ofLongs("id", ColumnType.LONG, id, null, Map.of()),
                Column.ofDoubles("x", x, null, Map.of()), Column.ofDoubles("y", y, null, Map.of()),
                Column.ofFloats("f", f, null, Map.of()), Column.ofStrings("s", s, Map.of())));
    }

    private double sluice(String name, int threads) throws Exception {
        long start = System.nanoTime();
        SinkSession session = Fixtures.sink(ParquetSink.at(name), dir).begin();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long perPart = ROWS / PARTS;
        for (int p = 0; p < PARTS; p++) {
            int part = p;
            done.add(pool.submit(() -> {
                try (PartWriter w = session.part(part)) {
                    long end = part == PARTS - 1 ? ROWS : (part + 1) * perPart;
                    for (long first = part * perPart; first < end; first += BLOCK) {
                        w.write(block(first, (int) Math.min(BLOCK, end - first)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("BENCH   parts written after %.2f s%n", (System.nanoTime() - start) / 1e9);
        session.commit();
        return report("sluice sink, " + threads + " thread(s)", start, dir.resolve(name));
    }

    private double avro() throws Exception {
        Schema schema = SchemaBuilder.record("row").fields().requiredLong("id").requiredDouble("x")
                .requiredDouble("y").requiredFloat("f").requiredString("s").endRecord();
        long start = System.nanoTime();
        Path file = dir.resolve("avro.parquet");
        try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withSchema(schema)
                .withCompressionCodec(CompressionCodecName.ZSTD).build()) {
            for (long v = 0; v < ROWS; v++) {
                GenericRecord r = new GenericData.Record(schema);
                r.put("id", v);
                r.put("x", v / 3.0);
                r.put("y", Math.sin(v));
                r.put("f", v * 0.5f);
                r.put("s", STATIONS[(int) (v % 1000)]);
                w.write(r);
            }
        }
        return report("parquet-mr Avro writer, 1 thread", start, file);
    }

    private double duckdb() throws Exception {
        long start = System.nanoTime();
        Path file = dir.resolve("duck.parquet");
        Duck.execute("COPY (SELECT i AS id, i / 3.0 AS x, sin(i) AS y, (i * 0.5)::FLOAT AS f,"
                + " 'station-' || (i % 1000) AS s FROM range(0, " + ROWS + ") r(i)) TO " + Duck.literal(file)
                + " (FORMAT parquet, COMPRESSION zstd)");
        return report("DuckDB COPY (all cores)", start, file);
    }

    private double read(String name) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        double sum = 0;
        try (Source source = Fixtures.source(ParquetSource.at(name), dir)) {
            for (Chunk c : ChunkPlan.ofParts(source.describe()).chunks()) {
                try (BatchReader r = source.open(c, 8 << 20)) {
                    for (Batch b = r.next(); b != null; b = r.next()) {
                        Table t = (Table) b;
                        Column x = t.columns().get(1);
                        for (int i = 0; i < t.rowCount(); i++) {
                            sum += x.doubleValue(i);
                        }
                        rows += t.rowCount();
                    }
                }
            }
        }
        assertThat(rows).isEqualTo(ROWS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH %-34s %,12d rows in %6.2f s = %5.2f M rows/s (sum x %.6e)%n",
                "sluice source, 1 thread", rows, seconds, rows / seconds / 1e6, sum);
        return seconds;
    }

    private static double report(String what, long start, Path file) throws Exception {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH %-34s %,12d rows in %6.2f s = %5.2f M rows/s, file %,d bytes%n", what, ROWS,
                seconds, ROWS / seconds / 1e6, Files.size(file));
        return seconds;
    }

    @Test
    void writeTenMillionRows() throws Exception {
        sluice("warm.parquet", 2);
        Files.delete(dir.resolve("warm.parquet"));
        sluice("sluice1.parquet", 1);
        sluice("sluice2.parquet", 2);
        avro();
        duckdb();
        read("sluice2.parquet");
    }
}
