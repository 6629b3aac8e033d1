package io.sluice.csv;

import java.util.List;

/**
 * How text fields are written: as they are when a reader would read them back unchanged, otherwise quoted by
 * RFC 4180 (in quotes, inner quotes doubled, or preceded by the escape character when one is set). A field is
 * quoted when it holds the delimiter, the quote, the escape or a line break, starts or ends with a space or
 * tab, or could be mistaken for a missing value: it equals the null text, or is empty while the null text is
 * empty (as PostgreSQL's {@code COPY ... CSV} tells them apart). {@link QuoteMode#ALL} and
 * {@link QuoteMode#NON_NUMERIC} quote every text value.
 */
final class CsvText {
    private final char delimiter;
    private final String nullText;
    private final char quote;
    private final char escape;
    private final QuoteMode mode;
    private final String lineEnd;

    CsvText(char delimiter, String nullText) {
        this(delimiter, nullText, '"', (char) 0, QuoteMode.MINIMAL, "\n");
    }

    CsvText(char delimiter, String nullText, char quote, char escape, QuoteMode mode, String lineEnd) {
        this.delimiter = delimiter;
        this.nullText = nullText;
        this.quote = quote;
        this.escape = escape;
        this.mode = mode;
        this.lineEnd = lineEnd;
    }

    /** The text rules of a sink's settings. */
    static CsvText of(CsvSettings s) {
        return new CsvText(s.delimiter(), s.nullText(), s.quote(), s.escape(), s.quoteMode(), s.lineEnd());
    }

    char delimiter() {
        return delimiter;
    }

    String nullText() {
        return nullText;
    }

    char quote() {
        return quote;
    }

    QuoteMode mode() {
        return mode;
    }

    String lineEnd() {
        return lineEnd;
    }

    /** Appends {@code text} as one field, quoted only when needed. */
    void append(StringBuilder out, String text) {
        if (needsQuotes(text)) {
            appendQuoted(out, text);
        } else {
            out.append(text);
        }
    }

    /** The field as it is written, for callers that cache it. */
    String field(String text) {
        if (!needsQuotes(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        appendQuoted(b, text);
        return b.toString();
    }

    /** Appends a line of fields (such as the header) ending with the record separator. */
    void appendLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            append(out, fields.get(i));
        }
        out.append(lineEnd);
    }

    boolean needsQuotes(String text) {
        if (mode != QuoteMode.MINIMAL) {
            return true;
        }
        int n = text.length();
        if (n == 0) {
            return nullText.isEmpty();
        }
        char first = text.charAt(0);
        char last = text.charAt(n - 1);
        if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == quote || c == '\n' || c == '\r' || (escape != 0 && c == escape)) {
                return true;
            }
        }
        return n == nullText.length() && text.equals(nullText);
    }

    /** Whether a field printed by a number or date printer must be quoted because it may hold the delimiter. */
    boolean delimiterMayBeInValues() {
        return "0123456789+-.:EeTZINaftruelsy".indexOf(delimiter) >= 0;
    }

    void appendQuoted(StringBuilder out, String text) {
        out.append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || (escape != 0 && c == escape)) {
                out.append(escape != 0 ? escape : quote);
            }
            out.append(c);
        }
        out.append(quote);
    }
}
