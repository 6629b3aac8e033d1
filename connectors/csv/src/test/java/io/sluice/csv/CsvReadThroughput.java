package io.sluice.csv;

import io.sluice.core.data.Batch;
import io.sluice.core.data.Table;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how fast the CSV source reads a file (not a test): describes it (the boundary scan included), then
 * reads every part on a pool of the given size, as the runner would, and prints rows per second. With a
 * third argument {@code commons}, reads the file with Commons CSV alone instead, on one thread, parsing the
 * columns long, double, double, float, string, as a baseline.
 * {@code java -cp cli/target/sluice.jar:connectors/csv/target/test-classes io.sluice.csv.CsvReadThroughput
 * obs10m.csv 2}
 */
public final class CsvReadThroughput {
    private CsvReadThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int parallelism = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("commons")) {
            commonsAlone(file);
            return;
        }
        long started = System.nanoTime();
        try (Source source = SourceReading.source(file.getParent(), CsvSource.at(file.getFileName().toString()))) {
            List<Chunk> chunks = ChunkPlan.ofParts(source.describe()).chunks();
            long described = System.nanoTime();
            AtomicLong rows = new AtomicLong();
            ForkJoinPool pool = new ForkJoinPool(parallelism);
            try {
                pool.submit(() -> chunks.parallelStream().forEach(chunk -> {
                    try (BatchReader reader = source.open(chunk, 8 << 20)) {
                        for (Batch b = reader.next(); b != null; b = reader.next()) {
                            rows.addAndGet(((Table) b).rowCount());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).get();
            } finally {
                pool.shutdown();
            }
            double total = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d rows, %d parts, parallelism %d: describe %.2f s, total %.2f s, %.2f M rows/s%n",
                    rows.get(), chunks.size(), parallelism, (described - started) / 1e9, total,
                    rows.get() / total / 1e6);
        }
    }

    private static void commonsAlone(Path file) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        double sum = 0;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file);
             org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.builder()
                     .setFormat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                             .setSkipHeaderRecord(true).get()).setReader(in).get()) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                sum += Long.parseLong(r.get(0)) + Double.parseDouble(r.get(1)) + Double.parseDouble(r.get(2))
                        + Float.parseFloat(r.get(3)) + r.get(4).length();
                rows++;
            }
        }
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf("Commons CSV alone: %d rows (checksum %.1f), total %.2f s, %.2f M rows/s%n", rows, sum,
                total, rows / total / 1e6);
    }
}
