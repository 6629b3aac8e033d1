package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.testdata.FixtureWriter;
import io.sluice.testdata.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sluice convert} turns the 0.92 GB daily benchmark file ({@link Fixtures#large()}: 10,957 days of 73 x 144
 * cells, {@code tas} and {@code pr}) into one Parquet file, split by season, in a child JVM with {@code -Xmx512m}:
 * every one of the 115,179,984 cells is a row (counted from the file's footer by parquet-mr).
 *
 * <p>Tagged {@code large}, so the normal build skips it. Run it with
 * {@code ./mvnw -pl cli -am verify -Dsluice.excludedGroups=none -Dgroups=large -Dit.test=LargeParquetMemoryIT
 * -Dfailsafe.failIfNoSpecifiedTests=false}.
 * Needs about 1.8 GB free in the temporary folder.
 */
@Tag("large")
class LargeParquetMemoryIT {
    private static final long ROWS = 10_957L * 73 * 144;

    @TempDir
    Path dir;

    @Test
    void theLargeFileConvertsToParquetIn512MbOfHeap() throws Exception {
        Path input = dir.resolve("tas_pr_daily_large.nc");
        FixtureWriter.write(Fixtures.large(), input);
        Path output = dir.resolve("large.parquet");
        Path log = dir.resolve("convert.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.sluice.cli.Main", "convert", input.toString(), output.toString(), "--split", "season")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(30, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(finished).as("sluice convert finished within 30 minutes").isTrue();
        assertThat(child.exitValue()).as("exit code; it printed:%n%s", printed).isZero();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(output))) {
            assertThat(reader.getRecordCount()).isEqualTo(ROWS);
            assertThat(reader.getFooter().getFileMetaData().getSchema().getFieldCount()).as("season, year, time,"
                    + " lat, lon, tas, pr").isEqualTo(7);
        }
    }
}
