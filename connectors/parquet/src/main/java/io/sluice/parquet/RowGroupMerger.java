package io.sluice.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Concatenates staged Parquet files with the same schema into one file, row group after row group in the order
 * given, copying the compressed column chunks as they are (nothing is decoded or compressed again). The footer
 * keeps the first file's key-value metadata.
 */
final class RowGroupMerger {
    private RowGroupMerger() {
    }

    /** Writes {@code out} (which must not exist) from {@code files}, flushed to the disk; returns its size. */
    static long merge(List<Path> files, Path out, MessageType emptySchema) throws IOException {
        MessageType schema = emptySchema;
        Map<String, String> metadata = Map.of();
        if (!files.isEmpty()) {
            try (ParquetFileReader first = ParquetFiles.open(files.get(0))) {
                schema = first.getFileMetaData().getSchema();
                metadata = first.getFileMetaData().getKeyValueMetaData();
            }
        }
        ParquetFileWriter writer = new ParquetFileWriter(new LocalOutputFile(out), schema,
                ParquetFileWriter.Mode.CREATE, ParquetWriter.DEFAULT_BLOCK_SIZE, 0);
        writer.start();
        for (Path f : files) {
            writer.appendFile(new ChannelInputFile(f));
        }
        writer.end(metadata);
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE)) {
            channel.force(true);
            return channel.size();
        }
    }
}
