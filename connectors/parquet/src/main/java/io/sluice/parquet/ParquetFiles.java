package io.sluice.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;

/**
 * Opens Parquet files on the local file system without Hadoop's FileSystem or Configuration, and turns the
 * library's failures on a damaged file into one line naming the file.
 */
final class ParquetFiles {
    private ParquetFiles() {
    }

    /** Opens {@code file} and reads its footer; fails with {@code <file>: not a readable Parquet file: <why>}. */
    static ParquetFileReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try {
            return ParquetFileReader.open(new ChannelInputFile(file), options);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    /** The one-line failure for a file that is not Parquet or is damaged. */
    static IOException damaged(Path file, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        why = why.replace(file.toString(), "").replace('\n', ' ').trim();
        int at = why.indexOf("is not a Parquet file");
        if (at >= 0) {
            String rest = why.substring(at + "is not a Parquet file".length()).trim().replaceFirst("^[.:]\\s*", "");
            if (rest.startsWith("(") && rest.endsWith(")")) {
                rest = rest.substring(1, rest.length() - 1);
            }
            why = "not a Parquet file" + (rest.isEmpty() ? ""
                    : " (" + Character.toLowerCase(rest.charAt(0)) + rest.substring(1) + ")");
        }
        return new IOException(file + ": not a readable Parquet file: " + why, cause);
    }
}
