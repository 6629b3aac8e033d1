package io.sluice.cli;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SinkSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test sink of type {@code probe} that declares the extension {@code .probe} and folders, and takes the
 * settings a columnar sink would ({@code codec}, {@code partition-by}): it shows that {@code sluice convert}
 * picks up a new connector from its declared extensions with no change to the command. It records the settings
 * it was given and counts the rows written, by target.
 */
public final class ProbeSink implements SinkFactory {
    /** The settings each target was created with. */
    static final Map<String, Map<String, Object>> SETTINGS = new ConcurrentHashMap<>();
    /** Rows written per target. */
    static final Map<String, AtomicLong> ROWS = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "probe";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("probe", "");
    }

    @Override
    public Sink create(ConfigReader settings) {
        String path = String.valueOf(settings.file("path"));
        String codec = settings.string("codec", "none");
        List<String> partitionBy = settings.strings("partition-by", List.of());
        boolean overwrite = settings.bool("overwrite", false);
        SETTINGS.put(path, Map.of("codec", codec, "partition-by", partitionBy, "overwrite", overwrite));
        AtomicLong rows = ROWS.computeIfAbsent(path, p -> new AtomicLong());
        return new Sink() {
            @Override
            public SinkSession begin() {
                return new SinkSession() {
                    @Override
                    public PartWriter part(int index) {
                        return new PartWriter() {
                            @Override
                            public void write(Table table) {
                                rows.addAndGet(table.rowCount());
                            }

                            @Override
                            public void close() {
                            }
                        };
                    }

                    @Override
                    public long commit() {
                        return 0;
                    }

                    @Override
                    public void abort() {
                    }
                };
            }

            @Override
            public String target() {
                return path;
            }
        };
    }
}
