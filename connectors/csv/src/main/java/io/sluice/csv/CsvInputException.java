package io.sluice.csv;

import io.sluice.core.badrecord.BadInputException;

/**
 * A problem with the content of an input file, said in one line that names the file, the line and what was
 * expected: {@code obs.csv:1042 column 't': 'n/a' is not a DOUBLE; ...}.
 */
final class CsvInputException extends BadInputException {
    private static final long serialVersionUID = 1L;

    CsvInputException(String message) {
        super(message);
    }

    CsvInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
