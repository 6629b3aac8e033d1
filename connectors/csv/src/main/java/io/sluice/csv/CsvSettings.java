package io.sluice.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The checked settings of one CSV sink.
 *
 * @param target the file to publish, absolute
 * @param delimiter the field separator
 * @param header whether the first line holds the column names
 * @param nullText the text written for a missing value
 * @param overwrite whether an existing target is replaced (otherwise the run fails at its start)
 * @param quote the quote character
 * @param escape the character written before a quote (and before itself) inside quotes, or 0 to double quotes
 * @param quoteMode which fields are quoted
 * @param lineEnd the record separator, {@code \n} or {@code \r\n}
 * @param charset the text encoding
 */
record CsvSettings(Path target, char delimiter, boolean header, String nullText, boolean overwrite, char quote,
                   char escape, QuoteMode quoteMode, String lineEnd, Charset charset) {

    CsvSettings {
        target = target.toAbsolutePath().normalize();
    }

    /** Settings with RFC 4180 quoting, LF line ends and UTF-8. */
    CsvSettings(Path target, char delimiter, boolean header, String nullText, boolean overwrite) {
        this(target, delimiter, header, nullText, overwrite, '"', (char) 0, QuoteMode.MINIMAL, "\n",
                StandardCharsets.UTF_8);
    }
}
