package io.sluice.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reading of CSV text written for the tests, independent of the CSV connector: fields split on
 * {@code delimiter}, quotes doubled inside quoted fields, line breaks (LF or CRLF) inside quotes kept; an unquoted
 * empty field is {@code null} (missing) and a quoted one the empty text, as Sluice reads and writes them.
 */
final class CsvFields {
    private CsvFields() {
    }

    /** The records of {@code text}, header included, each a list of fields. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
                quoted = true;
            } else if (c == delimiter) {
                record.add(quoted || field.length() > 0 ? field.toString() : null);
                field.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(quoted || field.length() > 0 ? field.toString() : null);
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                quoted = false;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            record.add(quoted || field.length() > 0 ? field.toString() : null);
            records.add(record);
        }
        return records;
    }
}
