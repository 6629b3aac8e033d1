package io.sluice.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV to CSV through the local runner: a generated file with every column type, missing values and text full
 * of delimiters, quotes and line breaks is converted to semicolons, CRLF, quote-mode non-numeric and NA for
 * missing values. The output is the same byte for byte with 1 and 4 workers, an independent parser (Commons CSV
 * used directly) finds exactly the texts the generator wrote, and reading the output back gives the same rows.
 */
class CsvToCsvIT {
    private static final int ROWS = 20_000;
    private static final String[] WORDS = {"Oslo", "São Paulo", "a,b", "say \"hi\"", "two\nlines", "", " pad ", "NA"};

    @TempDir
    Path dir;

    private final List<List<String>> expected = new ArrayList<>();

    @BeforeEach
    void generate() throws IOException {
        SplittableRandom random = new SplittableRandom(2024);
        StringBuilder csv = new StringBuilder("id,t,f,station,day,at,ok\n");
        for (int i = 0; i < ROWS; i++) {
            double t = random.nextDouble(-50, 50);
            float f = (float) random.nextDouble(0, 1e6);
            String station = WORDS[random.nextInt(WORDS.length)];
            long day = random.nextLong(-20_000, 40_000);
            long micros = random.nextLong(-2_000_000_000_000_000L, 4_000_000_000_000_000L) / 1000 * 1000;
            boolean missing = random.nextInt(10) == 0;
            List<String> row = List.of(Long.toString(i * 1_000_003L), missing ? "" : Double.toString(t),
                    Float.toString(f), station, LocalDate.ofEpochDay(day).toString(),
                    Instant.ofEpochSecond(0, micros * 1000).toString(), Boolean.toString(random.nextBoolean()));
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                csv.append(c == 0 ? "" : ",");
                csv.append(c == 3 ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            csv.append(i % 2 == 0 ? "\n" : "\r\n");
            List<String> out = new ArrayList<>(row);
            if (missing) {
                out.set(1, "NA");
            }
            expected.add(out);
        }
        Files.writeString(dir.resolve("obs.csv"), csv);
    }

    private Config source() {
        return CsvSource.at("obs.csv").with("part-size", "64KiB")
                .with("types", Config.empty("types").with("f", "float").with("station", "string"));
    }

    private RunReport convert(String target, int parallelism) {
        Pipeline pipeline = Pipeline.builder("csv-to-csv").baseDirectory(dir)
                .source(source())
                .split(Config.ofType("fake-steps"))
                .sink(CsvSink.at(target).with("delimiter", ";").with("record-separator", "crlf")
                        .with("quote-mode", "non-numeric").with("null", "NA"))
                .build();
        return new LocalRunner(RunOptions.defaults().withParallelism(parallelism).withMaxBatchBytes(256 << 10))
                .run(pipeline);
    }

    @Test
    void aDialectChangeKeepsEveryValueWhateverTheParallelism() throws IOException {
        RunReport one = convert("out1.csv", 1);
        convert("out4.csv", 4);
        assertThat(one.rowsWritten()).isEqualTo(ROWS);
        assertThat(one.chunks().size()).isGreaterThan(10);
        assertThat(Files.readAllBytes(dir.resolve("out4.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("out1.csv")));

        List<List<String>> parsed = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(dir.resolve("out1.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setFormat(format).setReader(in).get()) {
            assertThat(parser.getHeaderNames()).containsExactly("id", "t", "f", "station", "day", "at", "ok");
            for (CSVRecord r : parser) {
                parsed.add(r.toList());
            }
        }
        assertThat(parsed).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("out1.csv"))).startsWith("'id';".replace('\'', '"'))
                .contains("\r\n");
    }

    @Test
    void readingTheConvertedFileBackGivesTheSameRows() throws IOException {
        convert("out.csv", 2);
        Config back = CsvSource.at("out.csv").with("delimiter", ";").with("null", "NA")
                .with("types", Config.empty("types").with("f", "float").with("station", "string"));
        List<List<String>> original = SourceReading.rows(dir, source());
        assertThat(SourceReading.rows(dir, back)).isEqualTo(original);
        assertThat(original.get(0).get(3)).isEqualTo(expected.get(0).get(3));
    }
}
