package io.sluice.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * How a CSV file to read is written: the field delimiter, the quote, escape and comment characters (null when
 * not used), whether spaces around fields are ignored, the text encoding, and the text of a missing value.
 *
 * <pre>{@code CsvDialect d = new CsvDialect(';', '"', null, '#', false, StandardCharsets.UTF_8, "NA");}</pre>
 *
 * @param delimiter the field separator
 * @param quote the quote character, or null when fields are never quoted
 * @param escape the escape character (such as a backslash), or null
 * @param comment the character that starts a comment line, or null
 * @param trim whether spaces and tabs around fields (outside quotes) are ignored
 * @param charset the text encoding (a byte order mark at the start of a file overrides it)
 * @param nullText the text that, unquoted, is a missing value, or null for the unquoted empty field
 */
record CsvDialect(char delimiter, Character quote, Character escape, Character comment, boolean trim,
                  Charset charset, String nullText) {

    /**
     * The Commons CSV format that parses this dialect. As PostgreSQL's {@code COPY ... CSV} reads: the null text
     * (by default the empty field) is null when unquoted and text when quoted ({@code ""}, {@code "NA"}).
     */
    CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setEscape(escape)
                .setCommentMarker(comment)
                .setIgnoreSurroundingSpaces(trim)
                .setIgnoreEmptyLines(true)
                .setQuoteMode(QuoteMode.ALL_NON_NULL)
                .setNullString(nullText)
                .get();
    }

    /**
     * Whether record boundaries can be found by looking at bytes alone: the encoding writes ASCII characters as
     * single bytes that no other character uses (UTF-8, ASCII, ISO-8859, windows-125x), and every special
     * character is ASCII. Other files are read in one part each.
     */
    boolean byteScannable(Charset fileCharset) {
        boolean asciiSafe = fileCharset.equals(StandardCharsets.UTF_8)
                || (fileCharset.canEncode() && fileCharset.newEncoder().maxBytesPerChar() == 1f
                && "\r\n,;\"#\\".equals(new String("\r\n,;\"#\\".getBytes(fileCharset), StandardCharsets.US_ASCII)));
        return asciiSafe && delimiter < 128 && isAscii(quote) && isAscii(escape) && isAscii(comment);
    }

    private static boolean isAscii(Character c) {
        return c == null || c < 128;
    }
}
