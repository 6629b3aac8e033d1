package io.sluice.core.fake;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Table;
import io.sluice.core.sink.AtomicPublisher;
import io.sluice.core.sink.OutputFiles;
import io.sluice.core.sink.StagedPart;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.sink.StagingMode;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sink type {@code staged-text}: a file at {@code path} holding every row as its values joined by commas, written
 * through the core's staging directory the way real sinks do (so runs with it can retry and resume). A part's
 * row count is kept as its {@code rows} fact. {@link #FILES} lets a test make staged files fail like a full disk.
 *
 * <pre>{@code sink: { type: staged-text, path: out/rows.txt }}</pre>
 */
public final class StagedTextSink implements SinkFactory {
    /** How staged files are created; tests may swap in a failing one and must restore {@link OutputFiles#disk()}. */
    public static volatile OutputFiles FILES = OutputFiles.disk();

    @Override
    public String type() {
        return "staged-text";
    }

    @Override
    public Sink create(ConfigReader settings) {
        Path target = settings.file("path");
        return target == null ? null : new Sink() {
            @Override
            public SinkSession begin() throws IOException {
                return begin(StagingMode.FRESH);
            }

            @Override
            public SinkSession begin(StagingMode mode) throws IOException {
                Files.createDirectories(target.getParent());
                return new Session(StagingDirectory.open(target, mode, FILES));
            }

            @Override
            public String target() {
                return target.toString();
            }
        };
    }

    private record Session(StagingDirectory directory) implements SinkSession {
        @Override
        public PartWriter part(int index) throws IOException {
            Path file = directory.parts().start(index, ".txt");
            OutputStream out = directory.files().create(file);
            return new PartWriter() {
                private long rows;

                @Override
                public void write(Table table) throws IOException {
                    StringBuilder b = new StringBuilder();
                    for (int r = 0; r < table.rowCount(); r++) {
                        for (int c = 0; c < table.columns().size(); c++) {
                            b.append(c == 0 ? "" : ",").append(table.columns().get(c).stringValue(r));
                        }
                        b.append('\n');
                    }
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    rows += table.rowCount();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                    directory.parts().complete(index, Map.of("rows", Long.toString(rows)));
                }
            };
        }

        @Override
        public long commit() throws IOException {
            List<Path> files = directory.parts().seal().stream().map(StagedPart::file).toList();
            long bytes = new AtomicPublisher(directory.target(), true, directory.publishFile(), directory.files())
                    .publish(new byte[0], files);
            directory.delete();
            return bytes;
        }

        @Override
        public void abort() {
            try {
                directory.abandon();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public Optional<StagingDirectory> staging() {
            return Optional.of(directory);
        }
    }
}
