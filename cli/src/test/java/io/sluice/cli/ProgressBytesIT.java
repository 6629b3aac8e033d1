package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.run.ChunkReport;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunListener;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunStart;
import io.sluice.core.yaml.PipelineYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress counts table sources in the plan's own unit, so that the bytes done reach the estimate the run
 * started with: a CSV file's bytes, a Parquet file's column chunks as its footer gives their size (not the
 * rows times the stored size of their values, which the run report counts).
 */
class ProgressBytesIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** Feeds a real run's events into a {@link ProgressCount}. */
    private static final class Counting implements RunListener {
        volatile ProgressCount count;
        final List<ChunkReport> reports = new CopyOnWriteArrayList<>();

        @Override
        public void runStarted(RunStart start) {
            count = new ProgressCount(start, System::nanoTime);
        }

        @Override
        public void chunkFinished(ChunkReport report) {
            reports.add(report);
            count.add(report);
        }
    }

    private Counting run(String source) throws Exception {
        Path pipeline = dir.resolve("p.yaml");
        Files.writeString(pipeline, "pipeline: p\nsource: " + source + "\nsink: { type: csv, path: out/r.csv }\n");
        Counting counting = new Counting();
        new LocalRunner(RunOptions.defaults().withParallelism(2).withListener(counting))
                .run(PipelineYaml.load(pipeline));
        return counting;
    }

    @Test
    void aCsvRunCountsTheBytesOfTheFileItsPartsCover() throws Exception {
        StringBuilder text = new StringBuilder("id,x\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i).append(',').append(i).append(".5\n");
        }
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, text);
        Counting c = run("{ type: csv, path: in.csv, part-size: 4096 }");
        // "id,x\n" is 5 bytes; rows 0..9 are 6 bytes, 10..99 8, 100..999 10, 1000..1999 12:
        // 5 + 60 + 720 + 9000 + 12000 = 21,785 bytes, cut into 4 kB parts: 6 chunks
        assertThat(Files.size(csv)).isEqualTo(21_785);
        ProgressFigures f = c.count.figures();
        assertThat(f.chunks()).isEqualTo(6);
        assertThat(f.estimatedBytes()).isEqualTo(21_785);
        assertThat(f.bytesDone()).isEqualTo(21_785);
        assertThat(f.bytesRead()).isEqualTo(21_785);
        // the run report's bytes count the rows' values as stored: another unit
        assertThat(c.reports.stream().mapToLong(ChunkReport::bytes).sum()).isNotEqualTo(21_785);
    }

    @Test
    void aParquetRunCountsTheSizeOfTheColumnChunksItsRowGroupsHold() throws Exception {
        Path parquet = dir.resolve("tas.parquet");
        Console convert = Console.run("convert", TESTDATA.resolve("tas_daily_small.nc").toString(),
                parquet.toString(), "--split", "year", "--quiet");
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        long footer = 0;
        int groups;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(parquet))) {
            groups = reader.getRowGroups().size();
            for (BlockMetaData group : reader.getRowGroups()) {
                for (ColumnChunkMetaData column : group.getColumns()) {
                    footer += column.getTotalUncompressedSize();
                }
            }
        }
        Counting c = run("{ type: parquet, path: tas.parquet }");
        ProgressFigures f = c.count.figures();
        // one row group per year chunk of the conversion, one chunk per row group here
        assertThat(groups).isEqualTo(4);
        assertThat(f.chunks()).isEqualTo(4);
        assertThat(f.estimatedBytes()).isEqualTo(footer);
        assertThat(f.bytesDone()).isEqualTo(footer);
        assertThat(f.eta()).contains(java.time.Duration.ZERO);
        // the run report counts 1461 days x 6 x 8 cells x (time, lat, lon, year, tas) values as stored instead
        assertThat(c.reports.stream().mapToLong(ChunkReport::bytes).sum()).isNotEqualTo(footer);
    }
}
