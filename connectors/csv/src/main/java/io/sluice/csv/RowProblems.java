package io.sluice.csv;

import io.sluice.core.badrecord.BadRecord;
import io.sluice.core.data.ColumnType;
import java.util.List;
import java.util.Locale;

/**
 * The one-line messages for rows that do not fit the table, naming the file, line and what was expected, as
 * errors (on-error: fail) or as bad records (skip, quarantine) with the same reason.
 */
final class RowProblems {
    private RowProblems() {
    }

    /** {@code obs.csv:17: 4 fields, but the header has 5 columns (a, b, c, d, e)}. */
    static CsvInputException ragged(CsvFile file, long line, int fields, List<String> names, boolean header) {
        return new CsvInputException(file.shown() + ":" + line + ": " + raggedReason(fields, names, header));
    }

    /** {@code 4 fields, but the header has 5 columns (a, b, c, d, e); every row must have ...}. */
    static String raggedReason(int fields, List<String> names, boolean header) {
        return fields + (fields == 1 ? " field" : " fields") + ", but the " + (header ? "header has "
                : "first row has ") + names.size() + " columns (" + String.join(", ", names) + "); every row must"
                + " have as many fields as the header";
    }

    /** {@code obs.csv:1042 column 't': 'n/a' is not a DOUBLE; declare it with types: {t: string} or add ...}. */
    static CsvInputException badValue(CsvFile file, long line, String column, String text, ColumnType type,
                                      boolean declared) {
        return new CsvInputException(file.shown() + ":" + line + " " + badValueReason(column, text, type,
                declared));
    }

    /** {@code column 't': 'n/a' is not a DOUBLE (as guessed from the first rows); declare it with ...}. */
    static String badValueReason(String column, String text, ColumnType type, boolean declared) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        shown = shown.replace("\r", "\\r").replace("\n", "\\n");
        return "column '" + column + "': '" + shown + "' is not " + article(type) + " " + type + (declared
                ? " (declared in types)" : " (as guessed from the first rows)") + "; declare it with types: {"
                + column + ": string} or add '" + shown + "' to null";
    }

    /** A bad record whose message reads as the error on-error: fail gives ({@code obs.csv:17: reason}). */
    static BadRecord record(CsvFile file, long line, String text, String reason) {
        String separator = reason.startsWith("column '") ? " " : ": ";
        return new BadRecord(file.shown(), line, text, reason, file.shown() + ":" + line + separator + reason);
    }

    private static String article(ColumnType type) {
        return switch (type.name().toLowerCase(Locale.ROOT).charAt(0)) {
            case 'a', 'e', 'i', 'o', 'u' -> "an";
            default -> "a";
        };
    }
}
