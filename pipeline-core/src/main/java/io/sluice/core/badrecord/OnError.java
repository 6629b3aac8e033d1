package io.sluice.core.badrecord;

import java.util.Locale;

/**
 * What a source does with a record it cannot read (a value that does not parse as its column's type, a wrong
 * number of fields, bytes that are not text in the file's encoding).
 *
 * <pre>{@code OnError mode = OnError.valueOf("quarantine".toUpperCase(Locale.ROOT));}</pre>
 */
public enum OnError {
    /** The first bad record fails the run with its located one-line error (the default). */
    FAIL,
    /** The record is dropped and counted. */
    SKIP,
    /** The record is dropped, counted and kept in the quarantine file beside the output. */
    QUARANTINE;

    /** The setting's text: {@code fail}, {@code skip} or {@code quarantine}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
