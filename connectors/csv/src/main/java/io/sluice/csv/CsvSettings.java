package io.sluice.csv;

import java.nio.file.Path;

/**
 * The checked settings of one CSV sink.
 *
 * @param target the file to publish, absolute
 * @param delimiter the field separator
 * @param header whether the first line holds the column names
 * @param nullText the text written for a missing value
 * @param overwrite whether an existing target is replaced (otherwise the run fails at its start)
 */
record CsvSettings(Path target, char delimiter, boolean header, String nullText, boolean overwrite) {

    CsvSettings {
        target = target.toAbsolutePath().normalize();
    }
}
