package io.sluice.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Batch;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.ChunkData;
import io.sluice.core.spi.ChunkTransform;
import io.sluice.core.spi.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chunk's transforms get scratch folders in staging, which a chunk never re-creates once the run removed it. */
class ChunkReaderTest {
    private static final Chunk CHUNK = Chunk.of(0, "DJF-1982", Map.of(), IndexRange.of("time", 0, 3), true, 24);

    @TempDir
    Path dir;

    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger applied = new AtomicInteger();

    private final Source source = new Source() {
        @Override
        public SourceDescription describe() {
            throw new UnsupportedOperationException("not needed to open a chunk");
        }

        @Override
        public BatchReader open(Chunk chunk, long maxBatchBytes) {
            return new BatchReader() {
                @Override
                public Batch next() {
                    return null;
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }

        @Override
        public void close() {
        }
    };

    private final ChunkTransform transform = new ChunkTransform() {
        @Override
        public String type() {
            return "copy";
        }

        @Override
        public BatchReader apply(ChunkData data) {
            applied.incrementAndGet();
            assertThat(data.scratch()).isDirectory();
            return data.input();
        }
    };

    @Test
    void theScratchFolderIsMadeInStagingAndRemovedWhenTheChunkIsClosed() throws Exception {
        Path staging = Files.createDirectory(dir.resolve("staging"));
        try (BatchReader r = ChunkReader.open(source, List.of(transform), CHUNK, null, staging, 1 << 20, record -> { })) {
            assertThat(r.next()).isNull();
            try (var folders = Files.list(staging.resolve(ChunkReader.SCRATCH))) {
                assertThat(folders.toList()).hasSize(1);
            }
        }
        assertThat(applied).hasValue(1);
        try (var folders = Files.list(staging.resolve(ChunkReader.SCRATCH))) {
            assertThat(folders.toList()).isEmpty();
        }
    }

    @Test
    void aRemovedStagingFolderIsNotMadeAgainAndTheChunkStops() {
        Path staging = dir.resolve("aborted-staging");
        assertThatThrownBy(() -> ChunkReader.open(source, List.of(transform), CHUNK, null, staging, 1 << 20, record -> { }))
                .isInstanceOf(RunFailedException.class)
                .hasMessage("stopped: the run was interrupted (its staging folder " + staging + " is gone)");
        assertThat(staging).doesNotExist();
        assertThat(applied).hasValue(0);
        assertThat(closed).hasValue(1);
    }
}
