package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-partition example regroups the year/season dataset by season and compresses it with snappy. */
class ParquetRepartitionExampleIT {
    @TempDir
    Path out;

    @Test
    void everySeasonHoldsItsDaysOfAllYearsCompressedWithSnappy() throws Exception {
        Path dataset = out.resolve("tas");
        Path seasons = out.resolve("tas_by_season");
        ExampleRuns.run("netcdf-to-parquet", null, dataset);
        ExampleRuns.run("parquet-repartition", dataset, seasons);
        TreeMap<String, Long> rows = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(seasons)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            rows.merge(seasons.relativize(f).getParent().toString(), ExampleRuns.rows(f), Long::sum);
            ExampleRuns.footer(f).getBlocks().forEach(b -> b.getColumns().forEach(c ->
                    assertThat(c.getCodec()).as(f.toString()).isEqualTo(CompressionCodecName.SNAPPY)));
            assertThat(ExampleRuns.footer(f).getFileMetaData().getSchema().containsField("year")).isTrue();
        }
        // days counted by hand over 1981-1984, 48 cells each: DJF 59 + 90 + 90 + 91 + 31 = 361;
        // MAM and JJA 4 x 92 = 368; SON 4 x 91 = 364
        assertThat(rows).containsExactly(java.util.Map.entry("season=DJF", 361L * 48),
                java.util.Map.entry("season=JJA", 368L * 48), java.util.Map.entry("season=MAM", 368L * 48),
                java.util.Map.entry("season=SON", 364L * 48));
    }
}
