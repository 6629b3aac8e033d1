package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NetCDF-to-Parquet example writes one file per season of each year with every cell of its days. */
class NetcdfToParquetExampleIT {
    @TempDir
    Path out;

    @Test
    void everySeasonOfEveryYearIsOneFileWithADayOfRowsPerDay() throws Exception {
        Path dataset = out.resolve("tas");
        ExampleRuns.run("netcdf-to-parquet", null, dataset);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataset)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            rows.put(dataset.relativize(f).getParent().toString(), ExampleRuns.rows(f));
        }
        assertThat(rows).hasSize(17);
        // days counted by hand, 48 cells each: Jan + Feb 1981 = 59; MAM 92; JJA 92; SON 91;
        // Dec 1983 + Jan, Feb 1984 (leap) = 91; Dec 1984 alone = 31
        assertThat(rows).containsEntry("year=1981/season=DJF", 59L * 48).containsEntry("year=1981/season=MAM", 92L * 48)
                .containsEntry("year=1982/season=JJA", 92L * 48).containsEntry("year=1983/season=SON", 91L * 48)
                .containsEntry("year=1984/season=DJF", 91L * 48).containsEntry("year=1985/season=DJF", 31L * 48);
        assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1461L * 48);
        Map<String, String> metadata = ExampleRuns.footer(files.get(0)).getFileMetaData().getKeyValueMetaData();
        assertThat(metadata).containsEntry("sluice.column.time.units", "days since 1850-01-01")
                .containsEntry("sluice.column.tas.units", "K");
    }
}
