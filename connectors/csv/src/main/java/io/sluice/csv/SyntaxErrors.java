package io.sluice.csv;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Commons CSV's syntax errors into one located line: the parser counts lines from the start of what it
 * parsed, so the part's first line is added, and its wording is made plain
 * ({@code obs.csv:17: not valid CSV: a quoted field that starts on this line is not closed ...}).
 *
 * <pre>{@code throw SyntaxErrors.locate(file, e, lineOffset, parser.getCurrentLineNumber());}</pre>
 */
final class SyntaxErrors {
    /** Where Commons CSV's messages give the line (counted from the start of what it parsed). */
    private static final Pattern PARSER_LINE = Pattern.compile(
            "\\(startline (\\d+)\\)\\s*|\\s*at line:? (\\d+)(, position:? \\d+)?");

    private SyntaxErrors() {
    }

    /**
     * The error for the parser's {@code e}; {@code lineOffset} is the line before the parser's first, and
     * {@code parsedLines} the lines it had read, for messages that do not say the line.
     */
    static CsvInputException locate(CsvFile file, IOException e, long lineOffset, long parsedLines) {
        String raw = String.valueOf(e.getMessage());
        Matcher at = PARSER_LINE.matcher(raw);
        long line = lineOffset + (at.find() ? Long.parseLong(at.group(1) != null ? at.group(1) : at.group(2))
                : parsedLines + 1);
        String message = PARSER_LINE.matcher(raw).replaceAll("").replaceFirst("^.*CSVException: ", "").trim();
        if (message.contains("EOF reached before encapsulated token finished")) {
            message = "a quoted field that starts on this line is not closed before the end of the file";
        }
        return new CsvInputException(file.shown() + ":" + line + ": not valid CSV: " + message, e);
    }
}
