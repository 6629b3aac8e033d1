package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.run.RunFailedException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged or wrong input fails with one line naming the file; the previous output stays as it was. */
class BadInputIT {
    @TempDir
    Path dir;

    private Path goodFile() throws Exception {
        Runs.run(dir, 1, Runs.fakeTable(), Runs.parts(), ParquetSink.at("good.parquet").with("codec", "none"));
        return dir.resolve("good.parquet");
    }

    private String failure(String file) throws Exception {
        Files.writeString(dir.resolve("previous.csv"), "kept");
        Throwable t = null;
        try {
            Runs.run(dir, 2, ParquetSource.at(file), Runs.parts(), ParquetSink.at("previous.csv"));
        } catch (RunFailedException e) {
            t = e;
        }
        assertThat(t).isInstanceOf(RunFailedException.class);
        assertThat(Files.readString(dir.resolve("previous.csv"))).isEqualTo("kept");
        assertThat(t.getMessage()).doesNotContain("\n").contains(dir.resolve(file).toString());
        return t.getMessage();
    }

    @Test
    void aFileThatIsNotParquetIsNamedInOneLine() throws Exception {
        Files.writeString(dir.resolve("notes.parquet"), "station,tas\nA,1.5\n", StandardCharsets.UTF_8);
        assertThat(failure("notes.parquet")).endsWith("notes.parquet: not a readable Parquet file: not a Parquet"
                + " file (expected magic number at tail, but found [49, 46, 53, 10])");
    }

    @Test
    void aFileTooShortForParquetIsNamedInOneLine() throws Exception {
        Files.writeString(dir.resolve("short.parquet"), "a,b\n", StandardCharsets.UTF_8);
        assertThat(failure("short.parquet")).endsWith("short.parquet: not a readable Parquet file: not a Parquet"
                + " file (length is too low: 4)");
    }

    @Test
    void aTruncatedFileIsNamedInOneLine() throws Exception {
        Path good = goodFile();
        byte[] bytes = Files.readAllBytes(good);
        Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(failure("cut.parquet")).contains("cut.parquet: not a readable Parquet file");
    }

    @Test
    void damagedDataPagesAreNamedWithTheirFileAndRowGroup() throws Exception {
        Path good = goodFile();
        Path broken = dir.resolve("broken.parquet");
        Files.copy(good, broken);
        try (RandomAccessFile f = new RandomAccessFile(broken.toFile(), "rw")) {
            for (long at = 4; at < 200; at++) {
                f.seek(at);
                f.write(0xFF);
            }
        }
        assertThat(failure("broken.parquet")).contains("broken.parquet: not a readable Parquet file: row group 0");
    }

    @Test
    void aMisspeltColumnIsAProblemWithASuggestion() throws Exception {
        goodFile();
        assertThatThrownBy(() -> Runs.run(dir, 1, ParquetSource.at("good.parquet", "idd", "x"), Runs.parts(),
                ParquetSink.at("out.parquet")))
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessageContaining("source.columns[0]: 'idd' is not a column of " + dir.resolve("good.parquet")
                        + "; available: half, id, x. Did you mean 'id'?");
    }

    @Test
    void aMissingPathIsNamed() {
        assertThatThrownBy(() -> Runs.run(dir, 1, ParquetSource.at("nowhere/*.parquet"), Runs.parts(),
                ParquetSink.at("out.parquet")))
                .isInstanceOf(RunFailedException.class)
                .hasMessage(dir.resolve("nowhere") + ": no such directory");
        assertThat(dir.resolve("out.parquet")).doesNotExist();
    }

    @Test
    void aRunThatFailsLeavesNoOutputAndKeepsOnlyItsCompletedChunksInStagingForResume() throws Exception {
        Config failing = Config.ofType("fake-grid").with("steps", 10).with("fail-at", 7);
        assertThatThrownBy(() -> Runs.run(dir, 2, failing, Config.ofType("fake-steps"),
                ParquetSink.partitioned("out", "parity"))).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("unexpected end of file at step 7");
        try (var left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly(".out.sluice-staging");
        }
        assertThat(dir.resolve(".out.sluice-staging/manifest")).exists();
    }
}
