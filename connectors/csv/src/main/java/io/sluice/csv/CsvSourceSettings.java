package io.sluice.csv;

import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.config.Config;
import io.sluice.core.data.ColumnType;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The checked settings of one CSV source.
 *
 * @param base the pipeline's folder, which relative paths resolve against
 * @param path the path as written: a file, a directory of .csv files or a glob
 * @param dialect delimiter, quote, escape, comment, trim and encoding
 * @param header whether each file's first record holds the column names
 * @param columns column names that replace the header's (or name a file without header), or null
 * @param nullMarkers texts that mean a missing value; the first is quote-aware (see {@link CsvDialect#nullText})
 * @param skipLines physical lines skipped at the start of each file, before the header
 * @param inferRows rows read to guess the column types
 * @param partSize bytes per part of a file read in parallel
 * @param types declared column types, which win over the guessed ones
 * @param zone the zone of timestamps written without one
 * @param badRecords what to do with records that do not fit ({@code on-error}, {@code max-errors})
 * @param config the settings as written, for locating problems
 */
record CsvSourceSettings(Path base, String path, CsvDialect dialect, boolean header, List<String> columns,
                         List<String> nullMarkers, int skipLines, int inferRows, long partSize,
                         Map<String, ColumnType> types, ZoneId zone, BadRecordPolicy badRecords, Config config) {
}
