package io.sluice.core.badrecord;

/**
 * One record a source could not read: where it is, its text as in the input, and why it is bad.
 *
 * <pre>{@code new BadRecord("obs.csv", 32, "7,n/a", "column 't': 'n/a' is not a DOUBLE ...",
 *         "obs.csv:32 column 't': 'n/a' is not a DOUBLE ...")}</pre>
 *
 * @param file the input file as messages name it
 * @param line the line the record starts on (1-based)
 * @param text the record's text as in the input, line breaks inside included, without its final line break;
 *             null when the source was not asked to keep it (on-error: skip)
 * @param reason why it is bad, without the file and line
 * @param message the one-line error on-error: fail would have stopped the run with
 */
public record BadRecord(String file, long line, String text, String reason, String message) {
}
