package io.sluice.csv;

import java.util.List;

/**
 * How text fields are written: as they are when a reader would read them back unchanged, otherwise quoted by
 * RFC 4180 (in double quotes, inner quotes doubled). A field is quoted when it holds the delimiter, a quote or
 * a line break, starts or ends with a space or tab, or could be mistaken for a missing value: it equals the
 * null text, or is empty while the null text is empty (as PostgreSQL's {@code COPY ... CSV} tells them apart).
 */
final class CsvText {
    private final char delimiter;
    private final String nullText;

    CsvText(char delimiter, String nullText) {
        this.delimiter = delimiter;
        this.nullText = nullText;
    }

    char delimiter() {
        return delimiter;
    }

    String nullText() {
        return nullText;
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

    /** Appends a line of fields (such as the header) ending with a line feed. */
    void appendLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            append(out, fields.get(i));
        }
        out.append('\n');
    }

    boolean needsQuotes(String text) {
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
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return n == nullText.length() && text.equals(nullText);
    }

    private static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        int from = 0;
        for (int q = text.indexOf('"'); q >= 0; q = text.indexOf('"', from)) {
            out.append(text, from, q + 1).append('"');
            from = q + 1;
        }
        out.append(text, from, text.length()).append('"');
    }
}
