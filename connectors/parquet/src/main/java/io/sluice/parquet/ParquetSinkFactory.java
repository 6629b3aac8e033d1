package io.sluice.parquet;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Creates Parquet sinks (type id {@code parquet}); found by {@link java.util.ServiceLoader}. Settings:
 * {@code path} (required: the file, or with {@code partition-by} the directory), {@code partition-by} (columns
 * whose values name Hive-style directories, such as {@code [year, season]}), {@code codec} ({@code zstd}, the
 * default, {@code snappy}, {@code gzip}, {@code lz4_raw} or {@code none}), {@code row-group-size} (bytes, default
 * 64 MiB), {@code page-size} (bytes, default 1 MiB), {@code dictionary} (default true) and {@code overwrite}
 * (default true).
 *
 * <pre>{@code
 * sink: {type: parquet, path: out/tas, partition-by: [year, season], codec: snappy}
 * }</pre>
 */
public final class ParquetSinkFactory implements SinkFactory {
    /** Compression of column chunks, by setting value. */
    static final Map<String, CompressionCodecName> CODECS = codecs();
    /** The default row group size: large enough for fast scans, small enough for several writers in a heap. */
    static final long DEFAULT_ROW_GROUP_BYTES = 64L << 20;
    static final int DEFAULT_PAGE_BYTES = 1 << 20;

    /** The factory; ServiceLoader calls this. */
    public ParquetSinkFactory() {
    }

    /** {@code .parquet} files and folders of them, for {@code sluice convert}. */
    @Override
    public Set<String> extensions() {
        return Set.of("parquet");
    }

    @Override
    public String type() {
        return ParquetSink.TYPE;
    }

    @Override
    public Sink create(ConfigReader settings) {
        Path path = settings.file("path");
        List<String> partitionBy = settings.strings("partition-by", List.of());
        String codec = settings.choice("codec", "zstd", CODECS.keySet());
        long rowGroup = settings.integer("row-group-size", DEFAULT_ROW_GROUP_BYTES, 1024, Integer.MAX_VALUE);
        long page = settings.integer("page-size", DEFAULT_PAGE_BYTES, 1024, 1 << 30);
        boolean dictionary = settings.bool("dictionary", true);
        boolean overwrite = settings.bool("overwrite", true);
        boolean valid = path != null && checkPartitions(settings, partitionBy);
        if (path != null && path.getFileName() == null) {
            settings.problem("path", "'" + path + "' is not a file path; expected the Parquet file or directory to"
                    + " write");
            valid = false;
        } else if (path != null && partitionBy.isEmpty() && Files.isDirectory(path)) {
            settings.problem("path", "'" + path + "' is a directory; expected the Parquet file to write, or set"
                    + " partition-by to write a partitioned directory");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        String pipeline = settings.location("path") == null ? "" : settings.location("path").origin();
        return new ParquetFileSink(new ParquetSinkSettings(path, partitionBy, CODECS.get(codec), rowGroup,
                (int) page, dictionary, overwrite, pipeline));
    }

    private static boolean checkPartitions(ConfigReader settings, List<String> partitionBy) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < partitionBy.size(); i++) {
            String name = partitionBy.get(i);
            if (name.isEmpty() || !seen.add(name)) {
                settings.problem("partition-by[" + i + "]", name.isEmpty() ? "is empty; expected a column name"
                        : "'" + name + "' is listed twice");
                ok = false;
            }
        }
        return ok;
    }

    private static Map<String, CompressionCodecName> codecs() {
        Map<String, CompressionCodecName> m = new LinkedHashMap<>();
        for (CompressionCodecName c : List.of(CompressionCodecName.ZSTD, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.LZ4_RAW)) {
            m.put(c.name().toLowerCase(Locale.ROOT), c);
        }
        m.put("none", CompressionCodecName.UNCOMPRESSED);
        return Collections.unmodifiableMap(m);
    }
}
