package io.sluice.core.badrecord;

import io.sluice.core.spi.ClassifiedFailure;
import java.io.IOException;

/**
 * The content of an input file is wrong (a value that does not fit its column, a record with a wrong number of
 * fields): reading the same bytes again fails again, so the runner never retries it. Sources throw subclasses
 * with a one-line message naming the file and the place.
 *
 * <pre>{@code throw new BadInputException("obs.csv:17: 4 fields, but the header has 5 columns ...");}</pre>
 */
public class BadInputException extends IOException implements ClassifiedFailure {
    private static final long serialVersionUID = 1L;

    /** A problem said in one line. */
    public BadInputException(String message) {
        super(message);
    }

    /** A problem said in one line, with the library's error behind it. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Never: the same bytes fail the same way. */
    @Override
    public boolean mayPassOnRetry() {
        return false;
    }
}
