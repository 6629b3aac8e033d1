package io.sluice.csv;

import java.nio.file.Path;

/**
 * One input file of a CSV source, with the short name messages give it.
 *
 * @param path the file
 * @param shown the name in messages: the path as the pipeline wrote it, or relative to the pipeline's folder
 */
record CsvFile(Path path, String shown) {
}
