package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV-to-Parquet example writes the 365 days of 1981 of one cell as one Parquet file per season and year. */
class CsvToParquetExampleIT {
    @TempDir
    Path out;

    @Test
    void everySeasonOfEveryYearIsOneFileWithItsDays() throws Exception {
        Path dataset = out.resolve("tas");
        ExampleRuns.run("csv-to-parquet", null, dataset);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataset)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            rows.put(dataset.relativize(f).toString(), ExampleRuns.rows(f));
        }
        // days counted by hand: Jan + Feb 1981 = 59, MAM 31 + 30 + 31, JJA 30 + 31 + 31, SON 30 + 31 + 30;
        // December 1981 belongs to DJF 1982
        assertThat(rows).containsExactly(
                Map.entry("year=1981/season=DJF/part-00000.parquet", 59L),
                Map.entry("year=1981/season=JJA/part-00000.parquet", 92L),
                Map.entry("year=1981/season=MAM/part-00000.parquet", 92L),
                Map.entry("year=1981/season=SON/part-00000.parquet", 91L),
                Map.entry("year=1982/season=DJF/part-00000.parquet", 31L));
        MessageType schema = ExampleRuns.footer(files.get(0)).getFileMetaData().getSchema();
        assertThat(schema.getFields()).extracting(f -> f.getName()).containsExactly("time", "tas");
        assertThat(schema.getType("tas").asPrimitiveType().getPrimitiveTypeName().name()).isEqualTo("FLOAT");
    }
}
