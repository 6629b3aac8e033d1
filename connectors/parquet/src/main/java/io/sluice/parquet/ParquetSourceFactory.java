package io.sluice.parquet;

import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates Parquet sources (type id {@code parquet}); found by {@link java.util.ServiceLoader}. Settings:
 * {@code path} (required: a file, a directory of {@code *.parquet} files, Hive-partitioned or not, or a glob
 * such as {@code data/*.parquet}; relative to the pipeline's folder), {@code columns} (optional; by default every
 * column) and {@code decimal} ({@code double}, the default, or {@code string} for exact text).
 *
 * <pre>{@code
 * source: {type: parquet, path: obs/, columns: [station, time, tas]}
 * }</pre>
 */
public final class ParquetSourceFactory implements SourceFactory {
    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    /** The factory ServiceLoader instantiates. */
    public ParquetSourceFactory() {
    }

    /** {@code .parquet} files and folders of them, for {@code sluice convert}. */
    @Override
    public Set<String> extensions() {
        return Set.of("parquet");
    }

    @Override
    public String type() {
        return ParquetSource.TYPE;
    }

    @Override
    public Source create(ConfigReader settings) {
        String path = settings.requiredString("path");
        List<String> columns = settings.strings("columns", null);
        String decimal = settings.choice("decimal", "double", List.of("double", "string"));
        BadRecordPolicy.refuse(settings, "parquet", "every value is read in its column's type from the file's"
                + " schema, and a damaged page or file fails the run");
        if (columns != null) {
            checkNames(settings, columns);
        }
        if (path == null) {
            return null;
        }
        return new ParquetTableSource(new ParquetSourceSettings(settings.baseDirectory(), path, columns,
                "string".equals(decimal), settings.config()));
    }

    private static void checkNames(ConfigReader settings, List<String> columns) {
        if (columns.isEmpty()) {
            settings.problem("columns", "is empty; list the columns to read, or leave the setting out to read every"
                    + " column");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!seen.add(columns.get(i))) {
                settings.problem("columns[" + i + "]", "'" + columns.get(i) + "' is listed twice");
            }
        }
    }

    /** Whether {@code file} starts with the Parquet magic bytes {@code PAR1}. */
    @Override
    public boolean canRead(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
