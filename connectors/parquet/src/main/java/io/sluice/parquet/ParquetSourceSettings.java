package io.sluice.parquet;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one Parquet source, with the configuration they came from so that problems found when the
 * files are opened can point at the setting that caused them.
 *
 * @param base the folder relative paths resolve against
 * @param path the path as written: a file, a directory or a glob
 * @param columns the columns to read, or null for every column
 * @param decimalAsString whether DECIMAL columns are read as exact text instead of doubles
 * @param config the source's configuration
 */
record ParquetSourceSettings(Path base, String path, List<String> columns, boolean decimalAsString, Config config) {

    /** Records a problem about the setting {@code key} (or list element {@code key[i]}). */
    void problem(Problems problems, String key, String message) {
        problems.add(config.locationOf(key), config.childPath(key), message);
    }

    /** An invalid-pipeline error about the setting {@code key}. */
    PipelineInvalidException invalid(String key, String message) {
        return PipelineInvalidException.of(config.locationOf(key), config.childPath(key), message);
    }
}
