package io.sluice.parquet;

import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The checked settings of one Parquet sink.
 *
 * @param target the file to publish, or the directory when {@code partitionBy} is not empty; absolute
 * @param partitionBy columns whose values name the Hive-style directories ({@code year=2001/season=DJF})
 * @param codec the compression of every column chunk
 * @param rowGroupSize bytes a row group holds at most before it is flushed
 * @param pageSize bytes of a data page
 * @param dictionary whether columns are dictionary encoded (falling back to plain when the dictionary grows)
 * @param overwrite whether an existing target is replaced (otherwise the run fails at its start)
 * @param pipeline where the pipeline came from (its file, or {@code java dsl}), for the provenance metadata
 */
record ParquetSinkSettings(Path target, List<String> partitionBy, CompressionCodecName codec, long rowGroupSize,
                           int pageSize, boolean dictionary, boolean overwrite, String pipeline) {

    ParquetSinkSettings {
        target = target.toAbsolutePath().normalize();
        partitionBy = List.copyOf(partitionBy);
    }

    boolean partitioned() {
        return !partitionBy.isEmpty();
    }
}
